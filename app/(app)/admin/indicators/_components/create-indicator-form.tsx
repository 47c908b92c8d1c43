"use client";

import { createIndicatorAction } from "@/lib/admin/actions/catalogue";
import { createIndicatorSchema } from "@/lib/admin/schemas";
import { INDICATOR_KIND_OPTIONS } from "@/lib/vocabulary/labels";
import { Field, Message, buttonClass, inputClass } from "../../_components/field";
import { OptionField, type Option } from "../../_components/option-field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

export function CreateIndicatorForm({
  year,
  departments,
  sections,
  parents,
}: {
  year: number;
  departments: Option[];
  sections: Option[];
  parents: Option[];
}) {
  const { form, onSubmit, message } = useActionForm(
    createIndicatorSchema,
    createIndicatorAction,
    {
      year,
      code: "",
      name: "",
      unit: "",
      kind: "cumulative",
      department: "",
      section: "",
      parent: "",
      precision: 0,
      direction: "up",
    },
    {
      success: (d) =>
        d.created
          ? `Đã thêm chỉ tiêu "${d.code}" vào kế hoạch năm ${d.year}`
          : `Chỉ tiêu "${d.code}" đã có từ năm trước; đã đưa vào kế hoạch năm ${d.year}`,
      resetOnSuccess: true,
    },
  );
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" label="Thêm chỉ tiêu">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="ind-code" label="Mã chỉ tiêu" error={e.code?.message} hint="Cùng mã ở năm khác là cùng chỉ tiêu">
          <input id="ind-code" className={inputClass} {...register("code")} />
        </Field>
        <Field id="ind-name" label="Tên chỉ tiêu" error={e.name?.message} className="sm:col-span-2 lg:col-span-3">
          <input id="ind-name" className={inputClass} {...register("name")} />
        </Field>
        <Field id="ind-unit" label="Đơn vị tính" error={e.unit?.message}>
          <input id="ind-unit" className={inputClass} {...register("unit")} />
        </Field>
        <Field id="ind-kind" label="Loại" error={e.kind?.message}>
          <select id="ind-kind" className={inputClass} {...register("kind")}>
            {INDICATOR_KIND_OPTIONS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <OptionField
          id="ind-department"
          label="Đơn vị chủ trì"
          error={e.department?.message}
          none="Chọn đơn vị"
          options={departments}
          registration={register("department")}
        />
        <OptionField
          id="ind-section"
          label="Mục báo cáo"
          error={e.section?.message}
          none="Không thuộc mục nào"
          options={sections}
          registration={register("section")}
        />
        <OptionField
          id="ind-parent"
          label="Chỉ tiêu cha"
          error={e.parent?.message}
          none="Không có"
          options={parents}
          registration={register("parent")}
        />
        <Field id="ind-precision" label="Số chữ số thập phân" error={e.precision?.message}>
          <input id="ind-precision" inputMode="numeric" className={inputClass} {...register("precision")} />
        </Field>
        <Field id="ind-direction" label="Chiều tốt" error={e.direction?.message}>
          <select id="ind-direction" className={inputClass} {...register("direction")}>
            <option value="up">Càng cao càng tốt</option>
            <option value="down">Càng thấp càng tốt (tỷ lệ hộ nghèo, nợ xấu)</option>
          </select>
        </Field>
      </div>
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        Thêm chỉ tiêu
      </button>
    </ActionForm>
  );
}
