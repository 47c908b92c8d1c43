"use client";

import { useState } from "react";
import { saveSectionAction } from "@/lib/admin/actions/catalogue";
import { sectionSchema } from "@/lib/admin/schemas";
import { Field, Message, buttonClass, inputClass, secondaryButtonClass } from "../../_components/field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

interface Values {
  id?: number;
  code: string;
  title: string;
  parent: string;
  narrativeOnly: boolean;
}

/** Creates a section (no id) or edits one. */
export function SectionForm({
  values,
  parents,
  onDone,
}: {
  values: Values;
  parents: { value: string; label: string }[];
  onDone?: () => void;
}) {
  const editing = values.id !== undefined;
  const { form, onSubmit, message } = useActionForm(sectionSchema, saveSectionAction, values, {
    success: ({ code }) => (editing ? `Đã lưu mục ${code}` : `Đã thêm mục ${code}`),
    onSuccess: () => onDone?.(),
    resetOnSuccess: !editing,
  });
  const { register, formState } = form;
  const e = formState.errors;
  const prefix = editing ? `section-${values.id}` : "section-new";
  return (
    <ActionForm
      onSubmit={onSubmit}
      className="space-y-3"
      label={editing ? `Sửa mục ${values.code}` : "Thêm mục báo cáo"}
    >
      <div className="grid gap-3 sm:grid-cols-4">
        <Field id={`${prefix}-code`} label="Mã mục" error={e.code?.message}>
          <input id={`${prefix}-code`} className={inputClass} {...register("code")} />
        </Field>
        <Field id={`${prefix}-title`} label="Tên mục" error={e.title?.message} className="sm:col-span-2">
          <input id={`${prefix}-title`} className={inputClass} {...register("title")} />
        </Field>
        <Field id={`${prefix}-parent`} label="Thuộc mục" error={e.parent?.message}>
          <select id={`${prefix}-parent`} className={inputClass} {...register("parent")}>
            <option value="">(Mục cấp 1)</option>
            {parents
              .filter((p) => p.value !== values.code)
              .map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
          </select>
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4" {...register("narrativeOnly")} />
        Chỉ có lời văn (không có chỉ tiêu), ví dụ &quot;Khó khăn, hạn chế&quot;
      </label>
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={editing ? secondaryButtonClass : buttonClass}>
        {editing ? "Lưu mục" : "Thêm mục"}
      </button>
    </ActionForm>
  );
}

export function EditSection({ values, parents }: { values: Values; parents: { value: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <div className="mt-2 rounded-md bg-slate-50 p-3">
      <SectionForm values={values} parents={parents} onDone={() => setOpen(false)} />
    </div>
  ) : (
    <button
      type="button"
      className="text-xs text-brand-700 hover:underline"
      aria-label={`Sửa mục ${values.code}`}
      onClick={() => setOpen(true)}
    >
      Sửa
    </button>
  );
}
