"use client";

import { reportOpeningsAction } from "@/lib/admin/actions/plan-years";
import { reportOpeningsSchema } from "@/lib/admin/schemas";
import { REPORT_KINDS, REPORT_KIND_LABELS, renderOpening, type ReportKind } from "@/lib/draft/opening";
import type { ReportPeriod } from "@/lib/periods";
import { Field, Message, inputClass, secondaryButtonClass } from "../../_components/field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

/** The period each kind's preview is written for. */
const PREVIEW: Record<ReportKind, ReportPeriod> = { month: "T10", quarter: "Q3", "6T": "6T", "9T": "9T", N: "N" };

/** The opening paragraph of each kind of report of a plan year, with the sentence it gives as you type. */
export function ReportOpeningsForm({
  year,
  version,
  openings,
}: {
  year: number;
  version: number;
  openings: Record<ReportKind, string>;
}) {
  const { form, onSubmit, message } = useActionForm(
    reportOpeningsSchema,
    reportOpeningsAction,
    { year, version, openings },
    { success: () => `Đã lưu lời mở đầu báo cáo năm ${year}` },
  );
  const { register, formState, watch } = form;
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">Lời mở đầu báo cáo</summary>
      <ActionForm onSubmit={onSubmit} className="mt-3 space-y-3" label={`Lời mở đầu báo cáo năm ${year}`}>
        <p className="text-xs text-slate-600">
          Đoạn mở đầu của dự thảo báo cáo, theo từng loại báo cáo. Chỗ trống: {"{year}"} năm kế hoạch; {"{period}"} kỳ
          báo cáo (tháng 10, quý III, 6 tháng đầu năm…); {"{next}"} kỳ tiếp theo kèm năm (tháng 11 năm {year}, 6 tháng
          cuối năm {year}…). Để trống để dùng lời mở đầu mặc định.
        </p>
        {REPORT_KINDS.map((kind) => {
          const id = `opening-${year}-${kind}`;
          const text = watch(`openings.${kind}`) ?? "";
          return (
            <Field
              key={kind}
              id={id}
              label={REPORT_KIND_LABELS[kind]}
              error={formState.errors.openings?.[kind]?.message}
            >
              <textarea
                id={id}
                rows={2}
                className={inputClass}
                aria-invalid={!!formState.errors.openings?.[kind]}
                {...register(`openings.${kind}`)}
              />
              <p className="mt-1 text-xs text-slate-600" data-preview={kind}>
                Ví dụ: {renderOpening(text, PREVIEW[kind], year)}
              </p>
            </Field>
          );
        })}
        <button type="submit" disabled={formState.isSubmitting} className={secondaryButtonClass}>
          Lưu lời mở đầu
        </button>
        <Message message={message} />
      </ActionForm>
    </details>
  );
}
