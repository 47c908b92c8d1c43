"use client";

import { useState, type FormEvent } from "react";
import {
  createDepartmentAction,
  declareSuccessionAction,
  endUnitAction,
  mergeDepartmentAction,
  removeSuccessionAction,
  renameDepartmentAction,
} from "@/lib/admin/actions/organisation";
import {
  createDepartmentSchema,
  declareSuccessionSchema,
  endUnitSchema,
  mergeDepartmentSchema,
  renameDepartmentSchema,
} from "@/lib/admin/schemas";
import { UNIT_KINDS, type UnitKind } from "@/db/schema/vocabulary";
import { UNIT_KIND_LABELS } from "@/lib/vocabulary/labels";
import { ActionButton } from "../../_components/action-button";
import {
  Field,
  Message,
  buttonClass,
  dangerButtonClass,
  inputClass,
  secondaryButtonClass,
} from "../../_components/field";
import { OptionField, type Option } from "../../_components/option-field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

export function CreateDepartmentForm({ defaultYear }: { defaultYear: number }) {
  const { form, onSubmit, message } = useActionForm(
    createDepartmentSchema,
    createDepartmentAction,
    { code: "", name: "", shortName: "", validFrom: defaultYear, validFromMonth: 1, kind: "department" },
    {
      // a unit from January keeps the year alone ("từ năm 2035"); one starting within the year names the month
      success: (d) =>
        `Đã tạo đơn vị "${d.name}"${d.kind === "department" ? "" : ` (${UNIT_KIND_LABELS[d.kind].toLocaleLowerCase("vi")})`} có hiệu lực từ ${d.validFromMonth === 1 ? `năm ${d.validFrom}` : `tháng ${d.validFromMonth}/${d.validFrom}`}`,
      resetOnSuccess: true,
    },
  );
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" label="Tạo đơn vị">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <Field id="dept-kind" label="Loại đơn vị" error={e.kind?.message}>
          <select id="dept-kind" className={inputClass} {...register("kind")}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="dept-code" label="Mã đơn vị" error={e.code?.message}>
          <input id="dept-code" className={inputClass} {...register("code")} />
        </Field>
        <Field id="dept-name" label="Tên đơn vị" error={e.name?.message}>
          <input id="dept-name" className={inputClass} {...register("name")} />
        </Field>
        <Field id="dept-short" label="Tên viết tắt" error={e.shortName?.message}>
          <input id="dept-short" className={inputClass} {...register("shortName")} />
        </Field>
        <Field id="dept-from" label="Có hiệu lực từ năm" error={e.validFrom?.message}>
          <input id="dept-from" inputMode="numeric" className={inputClass} {...register("validFrom")} />
        </Field>
        <Field
          id="dept-from-month"
          label="Từ tháng"
          hint="Tháng đầu tiên báo cáo trong năm đó"
          error={e.validFromMonth?.message}
        >
          <input id="dept-from-month" inputMode="numeric" className={inputClass} {...register("validFromMonth")} />
        </Field>
      </div>
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        Tạo đơn vị
      </button>
    </ActionForm>
  );
}

export function RenameDepartment({
  code,
  name,
  shortName,
  version,
  kind,
}: {
  code: string;
  name: string;
  shortName: string;
  version: number;
  kind: UnitKind;
}) {
  const [editing, setEditing] = useState(false);
  const { form, onSubmit, message } = useActionForm(
    renameDepartmentSchema,
    renameDepartmentAction,
    { code, name, shortName, version, kind },
    { onSuccess: () => setEditing(false), success: () => "Đã đổi tên" },
  );
  const { register, formState } = form;
  if (!editing)
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="text-xs text-brand-700 hover:underline"
          aria-label={`Đổi tên ${code}`}
          onClick={() => setEditing(true)}
        >
          Đổi tên
        </button>
        {message?.ok && <span className="text-xs text-emerald-700">{message.text}</span>}
      </span>
    );
  return (
    <ActionForm onSubmit={onSubmit} className="mt-2 flex flex-wrap items-end gap-2" label={`Đổi tên ${code}`}>
      <Field id={`rename-${code}`} label="Tên mới" error={formState.errors.name?.message} className="min-w-0 flex-1">
        <input id={`rename-${code}`} className={inputClass} {...register("name")} />
      </Field>
      <Field id={`rename-short-${code}`} label="Viết tắt" error={formState.errors.shortName?.message} className="w-40">
        <input id={`rename-short-${code}`} className={inputClass} {...register("shortName")} />
      </Field>
      <Field id={`rename-kind-${code}`} label="Loại" error={formState.errors.kind?.message} className="w-44">
        <select id={`rename-kind-${code}`} className={inputClass} {...register("kind")}>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className={secondaryButtonClass} disabled={formState.isSubmitting}>
        Lưu tên
      </button>
      <Message message={message} />
    </ActionForm>
  );
}

/**
 * "Kết thúc": a unit still valid stops reporting after a month of a year (the districts after
 * June 2025), confirmed in the browser first as the page's other destructive buttons are.
 */
export function EndUnit({
  code,
  name,
  version,
  defaultYear,
}: {
  code: string;
  name: string;
  version: number;
  defaultYear: number;
}) {
  const [editing, setEditing] = useState(false);
  const { form, onSubmit, message } = useActionForm(
    endUnitSchema,
    endUnitAction,
    { code, lastYear: defaultYear, lastMonth: 12, version },
    { success: (d) => `Đã kết thúc đơn vị "${d.name}" sau tháng ${d.validToMonth}/${d.validTo}` },
  );
  const { register, formState } = form;
  const e = formState.errors;
  // the fields are checked first, so the question names the month that will be sent
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await form.trigger()) {
      const { lastYear, lastMonth } = form.getValues();
      if (
        !window.confirm(
          `Kết thúc đơn vị ${name} sau tháng ${lastMonth}/${lastYear}? Đơn vị không báo cáo các tháng sau đó; số liệu đã nhập giữ nguyên.`,
        )
      )
        return;
    }
    await onSubmit();
  };
  if (!editing)
    return (
      <button
        type="button"
        className="block text-xs text-brand-700 hover:underline"
        aria-label={`Kết thúc ${code}`}
        onClick={() => setEditing(true)}
      >
        Kết thúc
      </button>
    );
  return (
    <ActionForm
      onSubmit={submit}
      className="mt-2 flex flex-wrap items-end gap-2 whitespace-normal"
      label={`Kết thúc ${code}`}
    >
      <Field id={`end-year-${code}`} label="Năm cuối" error={e.lastYear?.message} className="w-24">
        <input id={`end-year-${code}`} inputMode="numeric" className={inputClass} {...register("lastYear")} />
      </Field>
      <Field id={`end-month-${code}`} label="Tháng cuối" error={e.lastMonth?.message} className="w-24">
        <input id={`end-month-${code}`} inputMode="numeric" className={inputClass} {...register("lastMonth")} />
      </Field>
      <button type="submit" className={dangerButtonClass} disabled={formState.isSubmitting}>
        Kết thúc đơn vị
      </button>
      <button type="button" className={secondaryButtonClass} onClick={() => setEditing(false)}>
        Hủy
      </button>
      <div className="w-full">
        <Message message={message} />
      </div>
    </ActionForm>
  );
}

export function MergeDepartmentForm({ active, defaultYear }: { active: Option[]; defaultYear: number }) {
  const { form, onSubmit, message } = useActionForm(
    mergeDepartmentSchema,
    mergeDepartmentAction,
    { from: "", into: "", fromYear: defaultYear, moveUsers: true },
    {
      success: (d) =>
        `Đã sáp nhập ${d.from} vào ${d.into} từ năm ${d.fromYear}: ${d.assignmentsMoved} chỉ tiêu chuyển sang, ${d.usersMoved.length} tài khoản chuyển đơn vị. Các năm trước giữ nguyên.`,
      resetOnSuccess: true,
    },
  );
  const { register, formState } = form;
  const e = formState.errors;
  const select = (id: string, field: "from" | "into", label: string, error?: string) => (
    <OptionField
      id={id}
      label={label}
      error={error}
      none="Chọn đơn vị"
      options={active}
      registration={register(field)}
    />
  );
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" label="Sáp nhập đơn vị">
      <div className="grid gap-3 sm:grid-cols-3">
        {select("merge-from", "from", "Đơn vị được sáp nhập", e.from?.message)}
        {select("merge-into", "into", "Vào đơn vị", e.into?.message)}
        <Field id="merge-year" label="Từ năm kế hoạch" error={e.fromYear?.message}>
          <input id="merge-year" inputMode="numeric" className={inputClass} {...register("fromYear")} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4" {...register("moveUsers")} />
        Chuyển tài khoản của đơn vị được sáp nhập sang đơn vị mới
      </label>
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        Sáp nhập
      </button>
    </ActionForm>
  );
}

/**
 * A unit carries on the work of units of the year before (a merger: several; a split: declare
 * each successor with the same predecessor). The predecessors are picked from the units of
 * any year; the command checks each was valid the year before.
 */
export function DeclareSuccessionForm({ units, defaultYear }: { units: Option[]; defaultYear: number }) {
  const { form, onSubmit, message } = useActionForm(
    declareSuccessionSchema,
    declareSuccessionAction,
    { successor: "", predecessors: [], fromYear: defaultYear },
    {
      success: (d) => `Đã khai báo ${d.successor} kế tục ${d.predecessors.join(", ")} từ năm ${d.fromYear}`,
      resetOnSuccess: true,
    },
  );
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" label="Khai báo kế tục">
      <div className="grid gap-3 sm:grid-cols-3">
        <OptionField
          id="succ-successor"
          label="Đơn vị kế tục"
          error={e.successor?.message}
          none="Chọn đơn vị"
          options={units}
          registration={register("successor")}
        />
        <Field id="succ-predecessors" label="Kế tục các đơn vị (chọn một hay nhiều)" error={e.predecessors?.message}>
          <select id="succ-predecessors" multiple size={5} className={inputClass} {...register("predecessors")}>
            {units.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="succ-year" label="Từ năm kế hoạch" error={e.fromYear?.message}>
          <input id="succ-year" inputMode="numeric" className={inputClass} {...register("fromYear")} />
        </Field>
      </div>
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        Khai báo kế tục
      </button>
    </ActionForm>
  );
}

/** Removes a unit's declared succession (its first year must not be closed). */
export function RemoveSuccessionButton({ successor, label }: { successor: string; label: string }) {
  return (
    <ActionButton
      action={removeSuccessionAction}
      payload={{ successor }}
      label="Bỏ khai báo"
      ariaLabel={`Bỏ khai báo kế tục của ${label}`}
      confirm={`Bỏ khai báo ${label} kế tục các đơn vị trước? Số liệu các năm không thay đổi.`}
    />
  );
}
