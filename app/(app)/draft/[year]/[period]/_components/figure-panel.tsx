"use client";

import { useEffect, useRef, useState } from "react";
import { figureEntriesAction } from "@/lib/draft/actions";
import type { FigureEntries } from "@/lib/draft/current-data";
import { FIGURE_FIELD_LABELS } from "@/lib/draft/figures";
import { FLAG_LABELS, type FigureFlag } from "@/lib/draft/flags";
import type { CountingMode } from "@/db/schema/vocabulary";
import { formatViNumber } from "@/lib/numbers";
import { periodLabel, periodShortLabel, periodSourcesText } from "@/lib/periods";
import { SUBMISSION_STATE_LABELS, VALUE_STATUS_LABELS } from "@/lib/vocabulary/labels";
import { formatViDateTime } from "@/lib/text/datetime";

/**
 * A figure of the draft: what it says, what the data says, the entries behind it; editable for
 * planners. It takes the keyboard only when asked (`takeFocus`: opened with Enter or from the
 * list); opened by a click in the text it leaves the caret there. What is typed in its box and
 * not applied yet is reported (`onDraft`), so that the editor applies it before a save.
 */
export function FigurePanel(props: {
  figure: FigureFlag;
  name: string;
  counting: CountingMode;
  editable: boolean;
  takeFocus: boolean;
  onDraft: (text: string | null) => void;
  onApply: (text: string, generated?: string) => void;
  onClose: () => void;
}) {
  const { figure: f } = props;
  const [entries, setEntries] = useState<FigureEntries | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState(f.text);
  const input = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  const { onDraft, takeFocus } = props;

  useEffect(() => {
    let live = true;
    // another figure was opened: load its entries
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEntries(null);
    setError(null);
    figureEntriesAction({
      indicator: f.figure.indicator,
      year: f.figure.year,
      period: f.figure.period,
      counting: props.counting,
    })
      .then((r) => {
        if (!live) return;
        if (r.ok) setEntries(r.data);
        else setError(r.error);
      })
      .catch(() => {
        if (live) setError("Không tải được số liệu gốc, hãy mở lại số liệu này");
      });
    return () => {
      live = false;
    };
  }, [f.figure.indicator, f.figure.year, f.figure.period, props.counting]);

  // another figure, or this one's text applied: the box shows the figure's text, nothing pending
  const shownKey = `${f.key}\u0000${f.occurrence}\u0000${f.text}`;
  const [shown, setShown] = useState(shownKey);
  if (shown !== shownKey) {
    setShown(shownKey);
    setText(f.text);
  }
  useEffect(() => onDraft(null), [shownKey, onDraft]);

  useEffect(() => {
    if (takeFocus) (input.current ?? closeButton.current)?.focus();
  }, [f.key, f.occurrence, takeFocus]);

  function edit(value: string) {
    setText(value);
    onDraft(value.trim() && value.trim() !== f.text ? value : null);
  }

  return (
    <div
      role="dialog"
      aria-label={`Số liệu: ${props.name}`}
      onKeyDown={(e) => e.key === "Escape" && props.onClose()}
      data-figure-panel=""
      className="fixed inset-x-0 bottom-0 z-20 h-[50vh] overflow-y-auto rounded-t-xl border border-slate-300 bg-white p-4 shadow-2xl sm:inset-x-auto sm:right-4 sm:bottom-4 sm:h-auto sm:max-h-[75vh] sm:w-[28rem] sm:rounded-xl lg:w-[22rem]"
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">{props.name}</h2>
          <p className="text-xs text-slate-600">
            {f.figure.indicator} · {FIGURE_FIELD_LABELS[f.figure.field]} · {periodLabel(f.figure.period, f.figure.year)}
          </p>
        </div>
        <button
          ref={closeButton}
          type="button"
          onClick={props.onClose}
          className="rounded px-2 py-1 text-sm ring-1 ring-slate-300 hover:bg-slate-100"
        >
          Đóng
        </button>
      </div>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">Trong dự thảo</dt>
        <dd data-testid="figure-text">{f.text}</dd>
        <dt className="text-slate-500">Khi tạo dự thảo</dt>
        <dd>{f.figure.generated}</dd>
        <dt className="text-slate-500">Số liệu hiện nay</dt>
        <dd>{f.current ?? "không còn số liệu"}</dd>
      </dl>
      {f.kinds.length > 0 && (
        <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="figure-flags">
          Cần kiểm tra: {f.kinds.map((k) => FLAG_LABELS[k]).join("; ")}
        </p>
      )}
      {props.editable && (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) props.onApply(text.trim());
          }}
        >
          <label htmlFor="figure-text-input" className="block text-sm font-medium">
            Nội dung số liệu
          </label>
          <input
            ref={input}
            id="figure-text-input"
            value={text}
            onChange={(e) => edit(e.target.value)}
            className="w-full rounded border border-slate-300 px-2 py-1"
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Áp dụng
            </button>
            {f.current !== null && f.current !== f.text && (
              <button
                type="button"
                onClick={() => props.onApply(f.current!, f.current!)}
                className="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-100"
              >
                Dùng số liệu hiện nay
              </button>
            )}
          </div>
        </form>
      )}
      <section className="mt-4" aria-label="Số liệu gốc">
        <h3 className="text-sm font-semibold">
          Số liệu gốc{" "}
          {entries && entries.sources.length > 0 && (
            <span className="font-normal text-slate-600">(tính từ {periodSourcesText(entries.sources)})</span>
          )}
        </h3>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        {!entries && !error && <p className="text-sm text-slate-500">Đang tải…</p>}
        {entries && (
          <ul className="mt-1 divide-y divide-slate-100 text-sm" data-testid="figure-entries">
            {entries.entries.length === 0 && <li className="py-1 text-slate-600">Chưa có số liệu nhập.</li>}
            {entries.entries.map((e) => (
              <li key={`${e.year}:${e.period}`} className="py-1">
                <span className="font-medium">
                  {periodShortLabel(e.period)}/{e.year}
                </span>
                : <span className="num">{formatViNumber(e.value, entries.precision)}</span> {entries.unit} ·{" "}
                {VALUE_STATUS_LABELS[e.status]}
                {e.submissionState && <> · {SUBMISSION_STATE_LABELS[e.submissionState]}</>}
                <span className="block text-xs text-slate-600">
                  {e.by ?? "Dữ liệu mẫu"} · {formatViDateTime(e.at)}
                  {e.derived ? " · số liệu mẫu phái sinh" : ""}
                </span>
                {e.note && !e.derived && (
                  <span className="line-clamp-2 block text-xs text-slate-600" title={e.note}>
                    {e.note}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/**
 * Scrolls the page so that the figure whose panel is open is not under the panel (on a phone
 * the panel covers the lower half of the screen, where the clicked figure and the caret often are;
 * its height there is fixed, so that it does not grow over the figure when its entries arrive).
 */
export function revealAbovePanel(chip: HTMLElement) {
  const panel = document.querySelector<HTMLElement>("[data-figure-panel]");
  if (!panel) return;
  const c = chip.getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  const overlapsAcross = p.left < c.right && p.right > c.left;
  if (overlapsAcross && c.bottom > p.top - 8) window.scrollBy({ top: c.bottom - p.top + 24 });
}
