"use client";

import { useRouter } from "next/navigation";
import { deleteIndicatorAction, reassignIndicatorAction, retireIndicatorAction } from "@/lib/admin/actions/catalogue";
import { reassignIndicatorSchema, retireIndicatorSchema } from "@/lib/admin/schemas";
import { ActionButton } from "../../../_components/action-button";
import { Field, Message, dangerButtonClass, inputClass, secondaryButtonClass } from "../../../_components/field";
import { ActionForm } from "../../../_components/action-form";
import { useActionForm } from "../../../_components/use-action-form";
import { OptionField, type Option } from "../../../_components/option-field";

export function ReassignForm({ code, years, departments }: { code: string; years: number[]; departments: Option[] }) {
  const { form, onSubmit, message } = useActionForm(
    reassignIndicatorSchema,
    reassignIndicatorAction,
    { code, fromYear: years.at(-1), department: "" },
    {
      success: (d) => `Đã giao cho ${d.department} từ năm ${d.years[0] ?? ""}; các năm trước giữ nguyên`,
    },
  );
  const { register, formState } = form;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-2" label="Đổi đơn vị chủ trì">
      <div className="flex flex-wrap items-end gap-3">
        <Field id="reassign-year" label="Từ năm" error={formState.errors.fromYear?.message} className="w-32">
          <select id="reassign-year" className={inputClass} {...register("fromYear")}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <OptionField
          id="reassign-department"
          label="Đơn vị chủ trì mới"
          error={formState.errors.department?.message}
          none="Chọn đơn vị"
          options={departments}
          registration={register("department")}
          className="min-w-0 flex-1"
        />
        <button type="submit" disabled={formState.isSubmitting} className={secondaryButtonClass}>
          Đổi đơn vị
        </button>
      </div>
      <Message message={message} />
    </ActionForm>
  );
}

export function RetireForm({ code, version, years }: { code: string; version: number; years: number[] }) {
  const { form, onSubmit, message } = useActionForm(
    retireIndicatorSchema,
    retireIndicatorAction,
    { code, version, fromYear: years.at(-1) },
    {
      success: (d) => `Đã ngừng theo dõi từ năm ${d.retiredFromYear}; số liệu và lịch sử các năm trước được giữ nguyên`,
    },
  );
  const { register, formState } = form;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-2" label="Ngừng theo dõi chỉ tiêu">
      <div className="flex flex-wrap items-end gap-3">
        <Field
          id="retire-year"
          label="Ngừng theo dõi từ năm"
          error={formState.errors.fromYear?.message}
          className="w-44"
        >
          <input id="retire-year" inputMode="numeric" className={inputClass} {...register("fromYear")} />
        </Field>
        <button type="submit" disabled={formState.isSubmitting} className={dangerButtonClass}>
          Ngừng theo dõi
        </button>
      </div>
      <Message message={message} />
    </ActionForm>
  );
}

export function DeleteIndicatorButton({ code, version }: { code: string; version: number }) {
  const router = useRouter();
  return (
    <ActionButton
      action={async (raw) => {
        const result = await deleteIndicatorAction(raw);
        if (result.ok) router.push("/admin/indicators");
        return result;
      }}
      payload={{ code, version }}
      label="Xóa chỉ tiêu"
      confirm={`Xóa hẳn chỉ tiêu "${code}"? Chỉ xóa được chỉ tiêu chưa có số liệu nào.`}
      className={dangerButtonClass}
    />
  );
}
