"use client";

import { updateIndicatorAction } from "@/lib/admin/actions/catalogue";
import { updateIndicatorSchema, type UpdateIndicatorInput } from "@/lib/admin/schemas";
import { INDICATOR_KIND_OPTIONS } from "@/lib/vocabulary/labels";
import { Field, Message, buttonClass, inputClass } from "../../../_components/field";
import { ActionForm } from "../../../_components/action-form";
import { useActionForm } from "../../../_components/use-action-form";
import { OptionField, type Option } from "../../../_components/option-field";

export function EditIndicatorForm({
  values,
  sections,
  parents,
  hasValues,
}: {
  values: UpdateIndicatorInput;
  sections: Option[];
  parents: Option[];
  hasValues: boolean;
}) {
  const { form, onSubmit, message } = useActionForm(updateIndicatorSchema, updateIndicatorAction, values, {
    success: () => "Đã lưu chỉ tiêu",
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" label="Sửa chỉ tiêu">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="edit-name" label="Tên chỉ tiêu" error={e.name?.message} className="sm:col-span-2 lg:col-span-4">
          <input id="edit-name" className={inputClass} {...register("name")} />
        </Field>
        <Field
          id="edit-sentence-name"
          label="Tên dùng trong câu báo cáo"
          error={e.sentenceName?.message}
          className="sm:col-span-2"
        >
          <input id="edit-sentence-name" className={inputClass} {...register("sentenceName")} />
        </Field>
        <Field id="edit-unit" label="Đơn vị tính" error={e.unit?.message}>
          <input id="edit-unit" className={inputClass} {...register("unit")} />
        </Field>
        <Field
          id="edit-kind"
          label="Loại"
          error={e.kind?.message}
          hint={hasValues ? "Đã có số liệu: không đổi được loại" : undefined}
        >
          <select id="edit-kind" className={inputClass} {...register("kind")}>
            {INDICATOR_KIND_OPTIONS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <OptionField
          id="edit-section"
          label="Mục báo cáo"
          error={e.section?.message}
          none="Không thuộc mục nào"
          options={sections}
          registration={register("section")}
        />
        <OptionField
          id="edit-parent"
          label="Chỉ tiêu cha"
          error={e.parent?.message}
          none="Không có"
          options={parents}
          registration={register("parent")}
        />
        <Field id="edit-precision" label="Số chữ số thập phân" error={e.precision?.message}>
          <input id="edit-precision" inputMode="numeric" className={inputClass} {...register("precision")} />
        </Field>
        <Field id="edit-direction" label="Chiều tốt" error={e.direction?.message}>
          <select id="edit-direction" className={inputClass} {...register("direction")}>
            <option value="up">Càng cao càng tốt</option>
            <option value="down">Càng thấp càng tốt</option>
          </select>
        </Field>
        <Field
          id="edit-template"
          label="Mẫu câu báo cáo (để trống: câu mặc định)"
          error={e.sentenceTemplate?.message}
          hint="Ví dụ: {Tên chỉ tiêu} {Đạt / ước đạt} {Giá trị}[, {Phần trăm kế hoạch}][, {So với cùng kỳ}]. Danh sách trường và xem trước: trang Mẫu câu."
          className="sm:col-span-2 lg:col-span-4"
        >
          <textarea id="edit-template" rows={2} className={inputClass} {...register("sentenceTemplate")} />
        </Field>
      </div>
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        Lưu chỉ tiêu
      </button>
    </ActionForm>
  );
}
