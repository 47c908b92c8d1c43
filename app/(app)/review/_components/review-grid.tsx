"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { showToast } from "@/app/_components/toast";
import { bulkApproveAction } from "@/lib/workflow/actions";
import { bulkApprovedMessage } from "@/lib/workflow/next-step";
import { REVIEW_STATUS_LABELS, type ReviewCell, type ReviewStatus } from "@/lib/workflow/review-cell";
import { UNIT_KINDS, type UnitKind } from "@/db/schema/vocabulary";
import { UNIT_KIND_LABELS } from "@/lib/vocabulary/labels";

export interface ReviewRow {
  code: string;
  name: string;
  kind: UnitKind;
  cells: (ReviewCell & { month: number; version: number; matches: boolean })[];
}

const STATUS_STYLE: Record<ReviewStatus, string> = {
  none: "bg-white text-slate-600 ring-1 ring-slate-200",
  draft: "bg-slate-100 text-slate-700",
  submitted: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  returned: "bg-red-100 text-red-900",
  not_reporting: "bg-white text-slate-500",
};

/** a month outside the filter: still there and linked, in grey (readable: slate-500 on white passes AA) */
const DIMMED = "bg-white text-slate-500";

const keyOf = (code: string, month: number) => `${code}:${month}`;

/** The review grid: each month's state with overdue beside it; submitted months can be selected and approved together. */
export function ReviewGrid({ year, rows, filtered }: { year: number; rows: ReviewRow[]; filtered: boolean }) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const selectable = rows.flatMap((r) =>
    r.cells
      .filter((c) => c.status === "submitted" && c.matches)
      .map((c) => ({ key: keyOf(r.code, c.month), department: r.code, departmentName: r.name, ...c })),
  );
  const chosen = selectable.filter((s) => selected.has(s.key));
  const allChosen = selectable.length > 0 && chosen.length === selectable.length;

  function toggle(key: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  function approve() {
    startTransition(async () => {
      const result = await bulkApproveAction({
        submissions: chosen.map((c) => ({ department: c.department, year, month: c.month, version: c.version })),
      });
      if (!result.ok) return setError(result.error);
      showToast(bulkApprovedMessage(chosen.map((c) => ({ departmentName: c.departmentName, year, month: c.month }))));
      setConfirming(false);
      setError(null);
      setSelected(new Set());
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {selectable.length > 0 && (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={allChosen}
              onChange={(e) => setSelected(e.target.checked ? new Set(selectable.map((s) => s.key)) : new Set())}
              className="size-4"
            />
            Chọn tất cả {selectable.length} báo cáo đã gửi{filtered ? " đang hiện" : ""}
          </label>
          <Button
            variant="approve"
            disabled={chosen.length === 0}
            onClick={() => {
              setError(null);
              setConfirming(true);
            }}
          >
            Duyệt {chosen.length} báo cáo đã chọn
          </Button>
        </div>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-xs">
          <caption className="sr-only">
            Trạng thái báo cáo tháng của các đơn vị năm {year}; &ldquo;Quá hạn&rdquo; ghi bên cạnh trạng thái
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-100 px-3 py-2 text-left">
                Đơn vị
              </th>
              {Array.from({ length: 12 }, (_, i) => (
                <th key={i} scope="col" className="px-1 py-2">
                  T{i + 1}
                </th>
              ))}
            </tr>
          </thead>
          {UNIT_KINDS.map((kind) => ({ kind, group: rows.filter((r) => r.kind === kind) }))
            .filter(({ group }) => group.length > 0)
            .map(({ kind, group }) => (
              <tbody key={kind} data-unit-kind={kind}>
                <tr className="border-t border-slate-200 bg-slate-50">
                  <th
                    scope="rowgroup"
                    colSpan={13}
                    className="sticky left-0 bg-slate-50 px-3 py-1.5 text-left text-sm font-semibold text-slate-800"
                  >
                    {UNIT_KIND_LABELS[kind]} ({group.length})
                  </th>
                </tr>
                {group.map((d) => (
                  <tr key={d.code} className="border-t border-slate-100" data-unit={d.code}>
                    <th
                      scope="row"
                      className="sticky left-0 min-w-40 max-w-56 bg-white px-3 py-1.5 text-left text-sm font-normal"
                    >
                      {d.name}
                    </th>
                    {d.cells.map((c) => {
                      const key = keyOf(d.code, c.month);
                      const label = REVIEW_STATUS_LABELS[c.status];
                      return (
                        <td
                          key={c.month}
                          className="px-1 py-1.5 text-center align-top"
                          data-cell={key}
                          data-dimmed={c.matches ? undefined : "true"}
                          data-state={c.status}
                          data-overdue={c.overdue ? "true" : undefined}
                        >
                          <div className="flex flex-col items-center gap-1">
                            <span className="flex items-center gap-1">
                              {c.status === "submitted" && c.matches && (
                                <input
                                  type="checkbox"
                                  checked={selected.has(key)}
                                  onChange={(e) => toggle(key, e.target.checked)}
                                  aria-label={`Chọn báo cáo tháng ${c.month}/${year} của ${d.name}`}
                                  className="size-4"
                                />
                              )}
                              {c.status === "not_reporting" ? (
                                <span
                                  aria-label={`${d.name}, tháng ${c.month}: không báo cáo`}
                                  className="inline-block px-1.5 py-0.5 text-slate-400"
                                >
                                  —
                                </span>
                              ) : (
                                <Link
                                  href={`/entry/${d.code}/${year}/${c.month}`}
                                  aria-label={`${d.name}, tháng ${c.month}: ${label}${c.overdue ? ", quá hạn" : ""}`}
                                  className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 hover:ring-1 hover:ring-brand-600 ${c.matches ? STATUS_STYLE[c.status] : DIMMED}`}
                                >
                                  {label}
                                </Link>
                              )}
                            </span>
                            {c.overdue && (
                              <span
                                aria-hidden="true"
                                className={`whitespace-nowrap rounded border px-1 font-semibold ${c.matches ? "border-red-300 text-red-800" : "border-slate-200 text-slate-500"}`}
                              >
                                Quá hạn
                              </span>
                            )}
                          </div>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            ))}
        </table>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Duyệt ${chosen.length} báo cáo?`}
        confirmLabel={`Xác nhận duyệt ${chosen.length} báo cáo`}
        variant="approve"
        pending={pending}
        error={error}
        onConfirm={approve}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        <p>
          Các báo cáo sau sẽ được duyệt cùng lúc và khóa số liệu; nếu một báo cáo không duyệt được thì không báo cáo nào
          được duyệt:
        </p>
        <ul className="max-h-64 list-disc space-y-0.5 overflow-y-auto pl-5" aria-label="Báo cáo sẽ duyệt">
          {chosen.map((c) => (
            <li key={c.key}>
              {c.departmentName} – tháng {c.month}/{year}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </div>
  );
}
