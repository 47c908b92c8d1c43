import { FLAG_LABELS, type FigureFlag } from "@/lib/draft/flags";

/** The legend of figure marks and the figures that need checking, each a link to its panel. */
export function FlagList(props: {
  states: FigureFlag[];
  names: Record<string, string>;
  onSelect: (blockId: string, ordinal: number) => void;
}) {
  const flagged = props.states
    .map((s) => ({ ...s, ordinal: props.states.filter((o) => o.blockId === s.blockId).indexOf(s) }))
    .filter((s) => s.kinds.length > 0);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-3" aria-labelledby="flags-heading">
      <h2 id="flags-heading" className="text-sm font-semibold">
        Số liệu cần kiểm tra ({flagged.length})
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700" aria-label="Chú thích">
        <li>
          <span className="draft-figure">2.285</span> số liệu liên kết
        </li>
        <li>
          <span className="draft-figure" data-flag="edited">
            2.285
          </span>{" "}
          {FLAG_LABELS.edited.toLowerCase()}
        </li>
        <li>
          <span className="draft-figure" data-flag="data-changed">
            2.285
          </span>{" "}
          {FLAG_LABELS["data-changed"].toLowerCase()}
        </li>
      </ul>
      {flagged.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Mọi số liệu khớp với dữ liệu hiện nay.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm" data-testid="flag-list">
          {flagged.map((f) => (
            <li key={`${f.blockId}:${f.runIndex}`}>
              <button
                type="button"
                onClick={() => props.onSelect(f.blockId, f.ordinal)}
                className="w-full rounded px-2 py-1 text-left ring-1 ring-slate-200 hover:bg-slate-50"
              >
                <span className="font-medium">{props.names[f.figure.indicator] ?? f.figure.indicator}</span>: {f.text}
                <span className="block text-xs text-red-800">
                  {f.kinds.map((k) => FLAG_LABELS[k]).join("; ")}
                  {f.current !== null && f.current !== f.text ? ` · số liệu hiện nay: ${f.current}` : ""}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
