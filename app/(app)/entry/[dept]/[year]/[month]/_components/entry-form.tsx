"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useForm, useWatch, type UseFormRegister } from "react-hook-form";
import { saveMonthValuesAction, saveNarrativeAction } from "@/lib/entry/actions";
import { liveFigures } from "@/lib/entry/live-figures";
import type { FormRow, MonthFormData } from "@/lib/entry/month-form-data";
import { plausibilityWarnings } from "@/lib/entry/plausibility";
import { entryFormSchema, type EntryFormValues } from "@/lib/entry/schemas";
import { PLAN_YEAR_DEFAULTS, VALUE_STATUSES } from "@/db/schema/vocabulary";
import { formatViNumber, fromScaled, indicatorFormat, parseViNumber } from "@/lib/numbers";
import { narrativeNotice } from "@/lib/entry/narrative-periods";
import { periodShortLabel } from "@/lib/periods";
import { formatTarget } from "@/lib/catalogue/format";
import { VALUE_STATUS_LABELS } from "@/lib/vocabulary/labels";
import { ValueHistory } from "./value-history";
import { showToast } from "@/app/_components/toast";
import { buttonClass } from "@/app/_components/button";
import { nextStepMessage } from "@/lib/workflow/next-step";
import { WorkflowBar, type WorkflowMonth, type WorkflowPermissions } from "./workflow-bar";

interface Props {
  department: string;
  year: number;
  month: number;
  data: MonthFormData;
  canEdit: boolean;
  canFlag: boolean;
  can: WorkflowPermissions;
  /** the month as the workflow names it (confirmations, next-step messages) */
  workflow: WorkflowMonth;
}

const STATUS_OPTIONS = VALUE_STATUSES.map((value) => ({ value, label: VALUE_STATUS_LABELS[value] }));

function initialValues(data: MonthFormData): EntryFormValues {
  return {
    rows: data.rows.map((r) => ({
      value: r.value === null ? "" : formatViNumber(r.value, 4),
      status: r.status,
      note: r.note,
      version: r.version,
      flagged: data.submission.returnFields.includes(r.code),
    })),
    narrative: {
      highlights: data.narrative.highlights,
      difficulties: data.narrative.difficulties,
      tasks: data.narrative.tasks,
    },
  };
}

export function EntryForm({ department, year, month, data, canEdit, canFlag, can, workflow }: Props) {
  const router = useRouter();
  const draftKey = `chi-tieu:draft:${department}:${year}:${month}`;
  const defaults = useMemo(() => initialValues(data), [data]);
  const form = useForm<EntryFormValues>({
    resolver: zodResolver(entryFormSchema),
    defaultValues: defaults,
    mode: "onBlur",
  });
  const { register, handleSubmit, control, reset, setError, setValue, getValues, formState } = form;
  const rows = useWatch({ control, name: "rows" });
  const [saving, startSaving] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [draftSavedAt, setDraftSavedAt] = useState<string | null>(null);
  const [restorable, setRestorable] = useState<EntryFormValues | null>(null);
  const [narrativeVersion, setNarrativeVersion] = useState(data.narrative.version);
  const valueRefs = useRef<(HTMLInputElement | null)[]>([]);
  const ready = useHydrated();

  useEffect(() => reset(defaults), [defaults, reset]);

  // Offer a draft kept in this browser from an earlier visit.
  useEffect(() => {
    if (!canEdit) return;
    const stored = window.localStorage.getItem(draftKey);
    // the browser's storage is only readable after hydration, so the offer appears from an effect
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored && stored !== JSON.stringify(defaults)) setRestorable(JSON.parse(stored));
  }, [canEdit, draftKey, defaults]);

  // Autosave the draft in the browser while typing; warn before leaving with unsaved changes.
  const all = useWatch({ control });
  useEffect(() => {
    if (!canEdit || !formState.isDirty) return;
    const timer = window.setTimeout(() => {
      window.localStorage.setItem(draftKey, JSON.stringify(getValues()));
      setDraftSavedAt(
        new Date().toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit", second: "2-digit" }),
      );
    }, 600);
    return () => window.clearTimeout(timer);
  }, [all, canEdit, draftKey, formState.isDirty, getValues]);
  useEffect(() => {
    if (!formState.isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [formState.isDirty]);

  const warnings = data.rows.map((row, index) => rowWarnings(row, rows?.[index]?.value ?? "", data, month));

  function onSave(values: EntryFormValues) {
    setMessage(null);
    const changed = data.rows
      .map((row, index) => ({ row, index, form: values.rows[index], initial: defaults.rows[index] }))
      .filter(
        ({ form: f, initial }) =>
          f.value.trim() !== "" &&
          (f.value !== initial.value ||
            f.status !== initial.status ||
            f.note !== initial.note ||
            f.version !== initial.version),
      );
    const narrativeChanged = JSON.stringify(values.narrative) !== JSON.stringify(defaults.narrative);
    if (changed.length === 0 && !narrativeChanged) {
      setMessage({ ok: true, text: "Không có thay đổi cần lưu" });
      return;
    }
    startSaving(async () => {
      if (changed.length > 0) {
        const result = await saveMonthValuesAction({
          department,
          year,
          month,
          values: changed.map(({ row, form: f }) => ({
            indicator: row.code,
            period: row.period,
            value: f.value,
            status: f.status,
            note: f.note,
            version: f.version,
          })),
        });
        if (!result.ok) {
          const conflicts = (result.details ?? []) as {
            index: number;
            currentValue: number | null;
            currentVersion: number;
          }[];
          for (const conflict of conflicts) {
            const rowIndex = changed[conflict.index].index;
            setValue(`rows.${rowIndex}.version`, conflict.currentVersion);
            setError(`rows.${rowIndex}.value`, {
              message: `Người khác vừa lưu ${conflict.currentValue === null ? "(trống)" : formatViNumber(conflict.currentValue, 4)}. Kiểm tra rồi bấm Lưu lần nữa để ghi đè.`,
            });
          }
          for (const [key, text] of Object.entries(result.fieldErrors ?? {})) {
            const match = /^values\.(\d+)\./.exec(key);
            if (match && !conflicts.length)
              setError(`rows.${changed[Number(match[1])].index}.value`, { message: text });
          }
          setMessage({ ok: false, text: result.error });
          return;
        }
      }
      if (narrativeChanged) {
        const result = await saveNarrativeAction({
          department,
          year,
          month,
          ...values.narrative,
          version: narrativeVersion,
        });
        if (!result.ok) {
          setMessage({ ok: false, text: result.error });
          return;
        }
        setNarrativeVersion(result.data.version);
      }
      window.localStorage.removeItem(draftKey);
      setDraftSavedAt(null);
      setMessage({ ok: true, text: "Đã lưu số liệu" });
      showToast(nextStepMessage({ ...workflow, event: "save", due: new Date(workflow.due), today: new Date() }));
      router.refresh();
    });
  }

  function focusNext(index: number) {
    const next = valueRefs.current.slice(index + 1).find((el) => el && !el.disabled);
    next?.focus();
    next?.select();
  }

  const sections = groupBySection(data.rows);
  const blocked = warnings.some((w, i) => w.length > 0 && !(rows?.[i]?.note ?? "").trim())
    ? "Cần ghi chú giải trình cho số liệu bất thường trước khi gửi"
    : null;

  return (
    <form
      onSubmit={handleSubmit(onSave)}
      noValidate
      data-ready={ready ? "true" : "false"}
      className="space-y-4"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === "s") {
          e.preventDefault();
          void handleSubmit(onSave)();
        }
      }}
    >
      {restorable && (
        <div
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          Có bản nháp chưa lưu từ lần trước trên máy này.
          <button
            type="button"
            className="rounded bg-amber-600 px-2 py-1 text-white"
            onClick={() => {
              reset(restorable, { keepDefaultValues: true });
              setRestorable(null);
            }}
          >
            Khôi phục
          </button>
          <button
            type="button"
            className="rounded px-2 py-1 ring-1 ring-amber-300"
            onClick={() => {
              window.localStorage.removeItem(draftKey);
              setRestorable(null);
            }}
          >
            Bỏ qua
          </button>
        </div>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="card-table min-w-full text-sm">
          <thead className="bg-slate-100 text-left text-xs text-slate-700">
            <tr>
              {canFlag && (
                <th scope="col" className="px-2 py-2">
                  Cần sửa
                </th>
              )}
              <th scope="col" className="px-3 py-2">
                Chỉ tiêu
              </th>
              <th scope="col" className="px-2 py-2">
                Kỳ
              </th>
              <th scope="col" className="px-2 py-2">
                Kế hoạch
              </th>
              <th scope="col" className="px-2 py-2">
                Số liệu
              </th>
              <th scope="col" className="px-2 py-2">
                Tình trạng
              </th>
              <th scope="col" className="px-2 py-2">
                Lũy kế / kỳ
              </th>
              <th scope="col" className="px-2 py-2">
                % KH
              </th>
              <th scope="col" className="px-2 py-2">
                So cùng kỳ
              </th>
              <th scope="col" className="px-2 py-2">
                Ghi chú
              </th>
            </tr>
          </thead>
          {sections.map(([section, items]) => (
            <tbody key={section}>
              <tr className="bg-slate-50">
                <th
                  colSpan={canFlag ? 10 : 9}
                  scope="colgroup"
                  className="px-3 py-1.5 text-left text-xs font-semibold text-brand-800"
                >
                  {section}
                </th>
              </tr>
              {items.map(({ row, index }) => (
                <EntryRow
                  key={`${row.code}:${row.period}`}
                  row={row}
                  index={index}
                  month={month}
                  data={data}
                  register={register}
                  initial={defaults.rows[index]}
                  typed={rows?.[index]?.value ?? ""}
                  status={rows?.[index]?.status ?? row.status}
                  flagged={rows?.[index]?.flagged ?? false}
                  error={formState.errors.rows?.[index]?.value?.message}
                  warnings={warnings[index]}
                  canEdit={canEdit}
                  canFlag={canFlag}
                  valueRef={(el) => {
                    valueRefs.current[index] = el;
                  }}
                  onEnter={() => focusNext(index)}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <fieldset
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-3"
        disabled={!canEdit}
      >
        <legend className="px-1 text-sm font-semibold">Thuyết minh</legend>
        {narrativeNotice(year, month) && (
          <p className="text-sm text-brand-800 md:col-span-3" data-testid="narrative-notice">
            {narrativeNotice(year, month)}
          </p>
        )}
        {(
          [
            ["highlights", "Kết quả nổi bật"],
            ["difficulties", "Khó khăn, vướng mắc"],
            ["tasks", "Nhiệm vụ, giải pháp thời gian tới"],
          ] as const
        ).map(([name, label]) => (
          <label key={name} className="block text-sm">
            <span className="font-medium">{label}</span>
            <textarea
              {...register(`narrative.${name}`)}
              rows={5}
              className="mt-1 w-full rounded-md border border-slate-300 p-2"
            />
            {formState.errors.narrative?.[name] && (
              <span className="text-xs text-red-700">{formState.errors.narrative[name]?.message}</span>
            )}
          </label>
        ))}
      </fieldset>
      <div className="no-print sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
        {canEdit && (
          <button type="submit" disabled={saving || !ready} className={buttonClass("primary")}>
            {saving ? "Đang lưu…" : "Lưu"}
          </button>
        )}
        {canEdit && draftSavedAt && formState.isDirty && (
          <span className="text-xs text-slate-500">Đã tự lưu bản nháp trên máy lúc {draftSavedAt}</span>
        )}
        {message && (
          <span
            role={message.ok ? "status" : "alert"}
            className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}
          >
            {message.text}
          </span>
        )}
      </div>
      <WorkflowBar
        month={workflow}
        can={can}
        blocked={formState.isDirty ? "Hãy lưu thay đổi trước khi gửi" : blocked}
        flagged={() => data.rows.filter((_, i) => getValues(`rows.${i}.flagged`)).map((r) => r.code)}
      />
    </form>
  );
}

function groupBySection(rows: FormRow[]): [string, { row: FormRow; index: number }[]][] {
  const map = new Map<string, { row: FormRow; index: number }[]>();
  rows.forEach((row, index) => {
    const key = row.sectionCode ? `${row.sectionCode} ${row.sectionTitle}` : "Khác";
    map.set(key, [...(map.get(key) ?? []), { row, index }]);
  });
  return [...map.entries()];
}

function rowWarnings(row: FormRow, typed: string, data: MonthFormData, month: number): string[] {
  const parsed = typed.trim() === "" ? null : parseViNumber(typed);
  if (!parsed?.ok || row.period === "UN" || row.kind === "rate") return [];
  const entries = data.entries[row.code];
  const prev = month > 1 ? entries.thisYear[`T${String(month - 1).padStart(2, "0")}` as "T01"] : undefined;
  const lastYear = entries.lastYear[row.period];
  return plausibilityWarnings({
    kind: row.kind,
    value: parsed.value,
    lastMonth: prev ? fromScaled(prev.value) : null,
    lastYearSameMonth: lastYear ? fromScaled(lastYear.value) : null,
    jumpFactor: data.plan?.jumpFactor ?? PLAN_YEAR_DEFAULTS.jumpFactor,
  });
}

interface RowProps {
  row: FormRow;
  index: number;
  month: number;
  data: MonthFormData;
  register: UseFormRegister<EntryFormValues>;
  initial: EntryFormValues["rows"][number];
  typed: string;
  status: FormRow["status"];
  flagged: boolean;
  error?: string;
  warnings: string[];
  canEdit: boolean;
  canFlag: boolean;
  valueRef: (el: HTMLInputElement | null) => void;
  onEnter: () => void;
}

function EntryRow({
  row,
  index,
  month,
  data,
  register,
  initial,
  typed,
  status,
  flagged,
  error,
  warnings,
  canEdit,
  canFlag,
  valueRef,
  onEnter,
}: RowProps) {
  const live = liveFigures({
    kind: row.kind,
    period: row.period,
    month,
    typed,
    status,
    thisYear: data.entries[row.code].thisYear,
    lastYear: data.entries[row.code].lastYear,
    targets: row.targets,
  });
  const valueField = register(`rows.${index}.value`);
  const target = row.targets.find((t) => t.source === "hdnd") ?? row.targets[0];
  const inputId = `value-${row.code}-${row.period}`;
  return (
    <tr
      className={`border-t border-slate-100 align-top ${flagged ? "bg-red-50" : ""}`}
      data-row={row.code}
      data-period={row.period}
    >
      {canFlag && (
        <td className="px-2 py-2" data-label="Cần sửa">
          <input type="checkbox" aria-label={`Đánh dấu cần sửa: ${row.name}`} {...register(`rows.${index}.flagged`)} />
        </td>
      )}
      <th
        scope="row"
        className={`px-3 py-2 text-left font-normal max-md:px-2 max-md:font-medium ${row.parentCode ? "pl-6" : ""}`}
      >
        <label htmlFor={inputId}>{row.name}</label>
        <span className="block text-xs text-slate-500">{row.unit}</span>
        {flagged && !canFlag && <span className="block text-xs font-semibold text-red-700">Cần sửa theo yêu cầu</span>}
        <ValueHistory row={row} />
      </th>
      <td className="px-2 py-2 text-xs max-md:col-span-3" data-label="Kỳ">
        {periodShortLabel(row.period)}
      </td>
      <td className="num px-2 py-2 text-xs max-md:col-span-3" data-label="Kế hoạch">
        {target ? formatTarget(target) : "—"}
      </td>
      <td className="px-2 py-2 max-md:col-span-3" data-label="Số liệu">
        <input
          id={inputId}
          inputMode="decimal"
          autoComplete="off"
          disabled={!canEdit}
          aria-invalid={error ? "true" : "false"}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className={`num w-32 rounded border px-2 py-1 text-right max-md:w-full ${error ? "border-red-500" : "border-slate-300"}`}
          defaultValue={initial.value}
          {...valueField}
          ref={(el) => {
            valueField.ref(el);
            valueRef(el);
          }}
          onBlur={(e) => {
            const parsed = parseViNumber(e.target.value);
            if (parsed.ok) e.target.value = formatViNumber(parsed.value, 4);
            void valueField.onBlur(e);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              onEnter();
            }
          }}
        />
        {error && (
          <p id={`${inputId}-error`} className="mt-1 max-w-xs text-xs text-red-700">
            {error}
          </p>
        )}
        {warnings.map((w) => (
          <p key={w} className="mt-1 max-w-xs text-xs text-amber-700">
            ⚠ {w} — cần ghi chú
          </p>
        ))}
      </td>
      <td className="px-2 py-2 max-md:col-span-3" data-label="Tình trạng">
        <select
          aria-label={`Tình trạng số liệu: ${row.name}`}
          defaultValue={initial.status}
          disabled={!canEdit}
          className="rounded border border-slate-300 px-1 py-1 text-xs max-md:w-full max-md:py-1.5"
          {...register(`rows.${index}.status`)}
        >
          {STATUS_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td className="num px-2 py-2 text-right text-xs max-md:col-span-2" data-live="to-date" data-label="Lũy kế / kỳ">
        {live.toDate !== null ? (
          indicatorFormat(row).value(live.toDate)
        ) : live.missingMonths.length ? (
          <span className="text-amber-700">thiếu T{live.missingMonths.join(", T")}</span>
        ) : (
          "—"
        )}
      </td>
      <td className="num px-2 py-2 text-right text-xs max-md:col-span-2" data-live="pct" data-label="% KH">
        {live.pctOfPlan !== null ? indicatorFormat(row).pctOfPlan(live.pctOfPlan) : "—"}
      </td>
      <td className="num px-2 py-2 text-right text-xs max-md:col-span-2" data-live="change" data-label="So cùng kỳ">
        {live.changePct !== null
          ? indicatorFormat(row).change(live.changePct)
          : live.changePoints !== null
            ? indicatorFormat(row).points(live.changePoints)
            : "—"}
      </td>
      <td className="px-2 py-2" data-label="Ghi chú">
        <input
          aria-label={`Ghi chú: ${row.name}`}
          defaultValue={initial.note}
          disabled={!canEdit}
          className="w-40 rounded border border-slate-300 px-2 py-1 text-xs max-md:w-full max-md:py-1.5"
          {...register(`rows.${index}.note`)}
        />
      </td>
    </tr>
  );
}
