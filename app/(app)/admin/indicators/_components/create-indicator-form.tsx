"use client";

import { createIndicatorAction } from "@/lib/admin/actions/catalogue";
import { createIndicatorSchema } from "@/lib/admin/schemas";
import { Field, Message, buttonClass, inputClass } from "../../_components/field";
import { useActionForm } from "../../_components/use-action-form";

export interface Option {
  value: string;
  label: string;
}

const KINDS: Option[] = [
  { value: "cumulative", label: "Cộng dồn (cộng các tháng)" },
  { value: "point", label: "Thời điểm (số tại cuối kỳ)" },
  { value: "rate", label: "Tốc độ, chỉ số theo kỳ" },
];

export function CreateIndicatorForm({ year, departments, sections, parents }: { year: number; departments: Option[]; sections: Option[]; parents: Option[] }) {
  const { form, onSubmit, message } = useActionForm(
    createIndicatorSchema,
    createIndicatorAction,
    { year, code: "", name: "", unit: "", kind: "cumulative", department: "", section: "", parent: "", precision: 0, direction: "up" },
    { success: (d) => (d.created ? `Đã thêm chỉ tiêu "${d.code}" vào kế hoạch năm ${d.year}` : `Chỉ tiêu "${d.code}" đã có từ năm trước; đã đưa vào kế hoạch năm ${d.year}`), resetOnSuccess: true },
  );
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Thêm chỉ tiêu">
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
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ind-department" label="Đơn vị chủ trì" error={e.department?.message}>
          <select id="ind-department" className={inputClass} {...register("department")}>
            <option value="">Chọn đơn vị</option>
            {departments.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ind-section" label="Mục báo cáo" error={e.section?.message}>
          <select id="ind-section" className={inputClass} {...register("section")}>
            <option value="">Không thuộc mục nào</option>
            {sections.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ind-parent" label="Chỉ tiêu cha" error={e.parent?.message}>
          <select id="ind-parent" className={inputClass} {...register("parent")}>
            <option value="">Không có</option>
            {parents.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
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
    </form>
  );
}
