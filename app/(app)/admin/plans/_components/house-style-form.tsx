"use client";

import { HOUSE_STYLE_LABELS, type HouseStyle } from "@/lib/draft/house-style";
import { saveHouseStyleAction } from "@/lib/draft/house-style-actions";
import { houseStyleSchema } from "@/lib/draft/house-style-schema";
import { Field, Message, inputClass, secondaryButtonClass } from "../../_components/field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

const FIELDS = [
  ["pctDecimals", "Số chữ số thập phân của tỷ lệ %"],
  ["smallFall", "Mức giảm nhỏ (dưới 5%) viết là"],
  ["yearEndName", "Thời điểm cuối năm trước viết là"],
] as const;

/** The province's house style of the báo cáo (admins): decimals of percentages, small falls, last year's end. */
export function HouseStyleForm({ style, version }: { style: HouseStyle; version: number }) {
  const { form, onSubmit, message } = useActionForm(
    houseStyleSchema,
    saveHouseStyleAction,
    { ...style, version },
    { success: () => "Đã lưu văn phong báo cáo" },
  );
  const { register, formState } = form;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-2" label="Văn phong báo cáo">
      <div className="flex flex-wrap items-end gap-3">
        {FIELDS.map(([name, label]) => (
          <Field key={name} id={`style-${name}`} label={label} error={formState.errors[name]?.message} className="w-72">
            <select id={`style-${name}`} className={inputClass} {...register(name)}>
              {Object.entries(HOUSE_STYLE_LABELS[name]).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </Field>
        ))}
        <button type="submit" disabled={formState.isSubmitting} className={secondaryButtonClass}>
          Lưu văn phong
        </button>
      </div>
      <Message message={message} />
    </ActionForm>
  );
}
