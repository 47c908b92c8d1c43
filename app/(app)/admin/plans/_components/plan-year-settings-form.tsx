"use client";

import { planYearSettingsAction } from "@/lib/admin/actions/plan-years";
import { planYearSettingsSchema } from "@/lib/admin/schemas";
import { Field, Message, secondaryButtonClass, inputClass } from "../../_components/field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

export function PlanYearSettingsForm({
  year,
  cutoffDay,
  dueDay,
  plannersMayEdit,
  version,
}: {
  year: number;
  cutoffDay: number;
  dueDay: number;
  plannersMayEdit: boolean;
  version: number;
}) {
  const { form, onSubmit, message } = useActionForm(
    planYearSettingsSchema,
    planYearSettingsAction,
    { year, cutoffDay, dueDay, plannersMayEdit, version },
    { success: () => `Đã lưu cài đặt năm ${year}` },
  );
  const { register, formState } = form;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-2" label={`Cài đặt năm ${year}`}>
      <div className="flex flex-wrap items-end gap-3">
        <Field
          id={`cutoff-${year}`}
          label="Ngày chốt số liệu"
          error={formState.errors.cutoffDay?.message}
          className="w-36"
        >
          <input id={`cutoff-${year}`} inputMode="numeric" className={inputClass} {...register("cutoffDay")} />
        </Field>
        <Field id={`due-${year}`} label="Hạn gửi báo cáo" error={formState.errors.dueDay?.message} className="w-36">
          <input id={`due-${year}`} inputMode="numeric" className={inputClass} {...register("dueDay")} />
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" className="h-4 w-4" {...register("plannersMayEdit")} />
          Chuyên viên tổng hợp được sửa chỉ tiêu, kế hoạch
        </label>
        <button type="submit" disabled={formState.isSubmitting} className={secondaryButtonClass}>
          Lưu cài đặt
        </button>
      </div>
      <Message message={message} />
    </ActionForm>
  );
}
