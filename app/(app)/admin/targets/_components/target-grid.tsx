"use client";

import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "next/navigation";
import { saveTargetsAction } from "@/lib/admin/actions/catalogue";
import { targetGridSchema } from "@/lib/admin/schemas";
import { parseTargetText } from "@/lib/admin/target-text";
import { TARGET_SOURCES, type TargetSource } from "@/db/schema/vocabulary";
import { TARGET_SOURCE_LABELS } from "@/lib/vocabulary/labels";
import { Message, buttonClass } from "../../_components/field";

const SOURCES = TARGET_SOURCES.map((key) => ({ key, label: TARGET_SOURCE_LABELS[key] }));

export interface GridRow {
  code: string;
  name: string;
  unit: string;
  departmentName: string;
  /** a unit's share: its province indicator's code (the row sits under it, folded) */
  shareOf: string | null;
  /** a province indicator: how many units have a share of it */
  shares: number;
  cells: Record<TargetSource, { text: string; version: number }>;
}

type Cell = { indicator: string; source: TargetSource; text: string; version: number };

/**
 * The year's targets, one row per indicator and a cell per source, typed the Vietnamese way
 * ("7-7,5", "≥ 7,5"); as text, without a save button, where the user may not change the year's
 * plan. An indicator reported by every unit of a kind opens its units' rows ("Theo đơn vị"):
 * the plan gives each unit its share.
 */
export function TargetGrid({ year, rows, readOnly }: { year: number; rows: GridRow[]; readOnly: boolean }) {
  const router = useRouter();
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (code: string) =>
    setUnfolded((open) => {
      const next = new Set(open);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  const initial: Cell[] = rows.flatMap((r) =>
    SOURCES.map((s) => ({
      indicator: r.code,
      source: s.key,
      text: r.cells[s.key].text,
      version: r.cells[s.key].version,
    })),
  );
  const { register, handleSubmit, getValues, setError, clearErrors, reset, formState } = useForm<{ cells: Cell[] }>({
    defaultValues: { cells: initial },
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // After saving, the page's new targets and versions refill the grid; the message stays.
  const serialized = JSON.stringify(initial);
  useEffect(() => reset({ cells: JSON.parse(serialized) as Cell[] }), [serialized, reset]);

  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    clearErrors();
    const all = getValues("cells");
    const changed = all
      .map((c, index) => ({ c, index }))
      .filter(({ c, index }) => c.text.trim() !== initial[index].text);
    if (changed.length === 0) {
      setMessage({ ok: true, text: "Không có thay đổi" });
      return;
    }
    const payload = { year, cells: changed.map(({ c }) => c) };
    const check = targetGridSchema.safeParse(payload);
    const errors: Record<string, string> = {};
    if (!check.success) for (const issue of check.error.issues) errors[issue.path.join(".")] ??= issue.message;
    else {
      const result = await saveTargetsAction(payload);
      if (result.ok) {
        setMessage({ ok: true, text: `Đã lưu ${changed.length} kế hoạch năm ${year}` });
        router.refresh();
        return;
      }
      Object.assign(errors, result.fieldErrors ?? {});
      if (Object.keys(errors).length === 0) errors._ = result.error;
    }
    const withErrors = new Set<string>();
    for (const [path, text] of Object.entries(errors)) {
      const j = Number(/^cells\.(\d+)\./.exec(path)?.[1]);
      if (!Number.isInteger(j)) continue;
      setError(`cells.${changed[j].index}.text`, { message: text });
      const parent = rows[Math.floor(changed[j].index / SOURCES.length)].shareOf;
      if (parent) withErrors.add(parent);
    }
    // a unit's cell refused: its rows open, so the message is seen
    if (withErrors.size > 0) setUnfolded((open) => new Set([...open, ...withErrors]));
    setMessage({ ok: false, text: Object.values(errors)[0] });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Kế hoạch năm ${year}`}>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Chỉ tiêu
              </th>
              <th scope="col" className="px-2 py-2">
                ĐVT
              </th>
              {SOURCES.map((s) => (
                <th key={s.key} scope="col" className="px-2 py-2">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr
                key={r.code}
                id={r.shareOf ? `units-${r.shareOf}-${i}` : undefined}
                className={`border-t border-slate-100 align-top ${r.shareOf ? "bg-slate-50" : ""}`}
                data-indicator={r.code}
                data-share-of={r.shareOf ?? undefined}
                hidden={r.shareOf !== null && !unfolded.has(r.shareOf)}
              >
                <th scope="row" className={`py-2 pr-3 text-left font-normal ${r.shareOf ? "pl-8" : "pl-3"}`}>
                  {r.shareOf ? (
                    <>
                      <span className="block">{r.departmentName}</span>
                      <span className="font-mono text-xs text-slate-500">{r.code}</span>
                    </>
                  ) : (
                    <>
                      <span className="block">{r.name}</span>
                      <span className="font-mono text-xs text-slate-500">
                        {r.code} · {r.departmentName}
                      </span>
                      {r.shares > 0 && (
                        <button
                          type="button"
                          className="mt-1 block text-xs font-medium text-brand-700 hover:underline"
                          aria-expanded={unfolded.has(r.code)}
                          aria-controls={rows
                            .map((u, j) => (u.shareOf === r.code ? `units-${r.code}-${j}` : null))
                            .filter((id) => id !== null)
                            .join(" ")}
                          onClick={() => toggle(r.code)}
                        >
                          {unfolded.has(r.code) ? "Thu gọn các đơn vị" : `Theo đơn vị (${r.shares})`}
                        </button>
                      )}
                    </>
                  )}
                </th>
                <td className="px-2 py-2 text-slate-600">{r.unit}</td>
                {SOURCES.map((s, k) => {
                  const index = i * SOURCES.length + k;
                  const error = formState.errors.cells?.[index]?.text?.message;
                  return (
                    <td key={s.key} className="px-2 py-2">
                      {readOnly ? (
                        // a year the user may not change: the targets as text, nothing to type into
                        <span data-cell={`${r.code}:${s.key}`} className="block w-28 text-right tabular-nums">
                          {r.cells[s.key].text || <span className="text-slate-400">—</span>}
                        </span>
                      ) : (
                        <input
                          aria-label={`${s.label}: ${r.name}${r.shareOf ? ` – ${r.departmentName}` : ""}`}
                          data-cell={`${r.code}:${s.key}`}
                          className={`w-28 rounded border px-2 py-1 text-right tabular-nums ${error ? "border-red-500" : "border-slate-300"}`}
                          aria-invalid={!!error}
                          {...register(`cells.${index}.text`, {
                            validate: (v) => {
                              const p = parseTargetText(v);
                              return p.ok || p.error;
                            },
                          })}
                        />
                      )}
                      {error && <p className="mt-1 max-w-48 text-xs text-red-700">{error}</p>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Message message={message} />
      {!readOnly && (
        <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
          {formState.isSubmitting ? "Đang lưu…" : "Lưu kế hoạch"}
        </button>
      )}
    </form>
  );
}
