import { formatViNumber } from "@/lib/numbers";
import { VALUE_STATUS_LABELS, lowerLabel } from "@/lib/vocabulary/labels";
import type { FormRow } from "@/lib/entry/month-form-data";
import { formatViDateTime } from "@/lib/text/datetime";

/** Who changed a figure, when, from what to what, and why. */
export function ValueHistory({ row }: { row: FormRow }) {
  if (row.history.length === 0) return null;
  return (
    <details className="mt-1 text-xs text-slate-600">
      <summary className="cursor-pointer text-brand-700 hover:underline">Lịch sử ({row.history.length})</summary>
      <ol className="mt-1 space-y-0.5" aria-label={`Lịch sử ${row.name}`}>
        {row.history.map((h) => (
          <li key={h.version}>
            <span className="num font-medium">{formatViNumber(h.value, 4)}</span> (
            {lowerLabel(VALUE_STATUS_LABELS[h.status])}) · {h.by ?? "hệ thống"} · {formatViDateTime(h.at)}
            {h.reason ? ` · ${h.reason}` : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}
