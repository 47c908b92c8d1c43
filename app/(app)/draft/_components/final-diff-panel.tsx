import { FIGURE_FIELD_LABELS } from "@/lib/draft/figures";
import type { FinalDifference } from "@/lib/draft/final-diff";
import { formatViNumber } from "@/lib/numbers";

const shown = (text: string | null, value: number | null) =>
  text ?? (value === null ? "không có số liệu" : formatViNumber(value, 2));

/** What the data says now against the figures frozen when the version was marked final. */
export function FinalDiffPanel(props: { finalNumber: number; differences: FinalDifference[] }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-3" aria-labelledby="final-diff-heading">
      <h2 id="final-diff-heading" className="text-sm font-semibold">
        Khác biệt so với bản chốt (phiên bản {props.finalNumber})
      </h2>
      {props.differences.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">Số liệu hiện nay khớp với bản chốt.</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm" data-testid="final-diff">
          {props.differences.map((d) => (
            <li key={`${d.indicator}|${d.field}`} data-indicator={d.indicator} className="rounded bg-red-50 px-2 py-1">
              <span className="font-medium">{d.name}</span>{" "}
              <span className="text-xs text-slate-600">· {FIGURE_FIELD_LABELS[d.field]}</span>
              <span className="block">
                Bản chốt: <span className="num">{shown(d.finalText, d.finalValue)}</span> → Hiện nay:{" "}
                <strong className="num">{shown(d.currentText, d.currentValue)}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
