"use client";

import { unitReportingAction } from "@/lib/admin/actions/catalogue";
import { unitReportingSchema } from "@/lib/admin/schemas";
import { LOCAL_UNIT_KINDS } from "@/db/schema/vocabulary";
import { UNIT_KIND_PLURALS } from "@/lib/vocabulary/labels";
import { Field, Message, secondaryButtonClass, inputClass } from "../../../_components/field";
import { ActionForm } from "../../../_components/action-form";
import { useActionForm } from "../../../_components/use-action-form";

/** "Báo cáo bởi: từng huyện, thành phố / từng xã, phường" for a year: every unit of the kind gets its share. */
export function UnitReportingForm({ code, years }: { code: string; years: number[] }) {
  const { form, onSubmit, message } = useActionForm(
    unitReportingSchema,
    unitReportingAction,
    { code, year: years.at(-1), kind: "district" },
    {
      success: (d) =>
        `Năm ${d.year}: ${d.shares.length} đơn vị báo cáo chỉ tiêu này${d.added > 0 ? ` (thêm ${d.added} đơn vị)` : ""}`,
    },
  );
  const { register, formState } = form;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-2" label="Giao cho từng đơn vị báo cáo">
      <div className="flex flex-wrap items-end gap-3">
        <Field id="units-year" label="Năm" error={formState.errors.year?.message} className="w-32">
          <select id="units-year" className={inputClass} {...register("year")}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="min-w-0">
          <legend className="block text-sm font-medium text-slate-700">Báo cáo bởi</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 py-2 text-sm">
            {LOCAL_UNIT_KINDS.map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input type="radio" value={kind} className="h-4 w-4" {...register("kind")} />
                từng {UNIT_KIND_PLURALS[kind].replace(/^các /, "")}
              </label>
            ))}
          </div>
          {formState.errors.kind?.message && (
            <p className="mt-1 text-sm text-red-700">{formState.errors.kind.message}</p>
          )}
        </fieldset>
        <button type="submit" disabled={formState.isSubmitting} className={secondaryButtonClass}>
          Giao cho từng đơn vị báo cáo
        </button>
      </div>
      <Message message={message} />
    </ActionForm>
  );
}
