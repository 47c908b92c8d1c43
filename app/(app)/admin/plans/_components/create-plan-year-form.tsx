"use client";

import { createPlanYearAction } from "@/lib/admin/actions/plan-years";
import { createPlanYearSchema } from "@/lib/admin/schemas";
import { Field, Message, buttonClass, inputClass } from "../../_components/field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

export function CreatePlanYearForm({ nextYear, years }: { nextYear: number; years: number[] }) {
  const { form, onSubmit, message } = useActionForm(
    createPlanYearSchema,
    createPlanYearAction,
    { year: nextYear, copyFrom: years[0], copyTargets: false },
    {
      success: (d) =>
        `Đã tạo kế hoạch năm ${d.year} (đang chuẩn bị) với ${d.indicators} chỉ tiêu${d.targets ? ` và ${d.targets} kế hoạch sao chép` : ""}. Điền kế hoạch rồi mở năm cho các đơn vị.`,
    },
  );
  const { register, formState } = form;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" label="Tạo năm kế hoạch">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="plan-year" label="Năm kế hoạch" error={formState.errors.year?.message}>
          <input
            id="plan-year"
            inputMode="numeric"
            className={inputClass}
            aria-invalid={!!formState.errors.year}
            {...register("year")}
          />
        </Field>
        <Field id="plan-copy-from" label="Sao chép chỉ tiêu từ năm" error={formState.errors.copyFrom?.message}>
          <select
            id="plan-copy-from"
            className={inputClass}
            {...register("copyFrom", { setValueAs: (v) => (v === "" ? undefined : v) })}
          >
            <option value="">Không sao chép (năm trống)</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" className="h-4 w-4" {...register("copyTargets")} />
          Sao chép cả kế hoạch (số giao) làm điểm xuất phát
        </label>
      </div>
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        {formState.isSubmitting ? "Đang tạo…" : "Tạo năm kế hoạch"}
      </button>
    </ActionForm>
  );
}
