"use client";

import { planYearSettingsAction } from "@/lib/admin/actions/plan-years";
import { planYearSettingsSchema } from "@/lib/admin/schemas";
import { Field, Message, secondaryButtonClass, inputClass } from "../../_components/field";
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
  const { form, onSubmit, message, ready } = useActionForm(
    planYearSettingsSchema,
    planYearSettingsAction,
    { year, cutoffDay, dueDay, plannersMayEdit, version },
    { success: () => `Đã lưu cài đặt năm ${year}` },
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={`Cài đặt năm ${year}`}>
      <fieldset disabled={!ready} className="flex flex-wrap items-end gap-3">
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
      </fieldset>
      <Message message={message} />
    </form>
  );
}
