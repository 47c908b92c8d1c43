import { figureKey } from "./figures";
import type { DraftDocument, FigureRef } from "./model";

/** The figure a text is meant for: its paragraph, its place among the paragraph's figures, what it states. */
export interface FigureTarget {
  blockId: string;
  /** the n-th figure of the paragraph */
  ordinal: number;
  figure: Pick<FigureRef, "indicator" | "year" | "period" | "field">;
}

/**
 * The draft with a figure's text set (the figure panel's "Áp dụng", and the text typed in the
 * panel and not applied yet, which is applied before a save, on closing the panel and on
 * opening another figure, so that it is never lost). `generated` also moves what the figure
 * was generated as ("Dùng số liệu hiện nay"). The figure is found at its place, or, when the
 * paragraph was edited since and the place now holds another figure, as the paragraph's figure
 * stating the same thing. Blank text or text that changes nothing gives the same document back.
 */
export function setFigureText(
  doc: DraftDocument,
  target: FigureTarget,
  rawText: string,
  generated?: string,
): DraftDocument {
  const text = rawText.replace(/\s+/g, " ").trim();
  if (!text) return doc;
  const key = figureKey(target.figure);
  let changed = false;
  const blocks = doc.blocks.map((b) => {
    if (b.id !== target.blockId || b.type !== "paragraph") return b;
    const figures = b.runs.flatMap((r, index) => (r.figure ? [{ index, key: figureKey(r.figure) }] : []));
    const at = figures[target.ordinal]?.key === key ? figures[target.ordinal] : figures.find((f) => f.key === key);
    if (!at) return b;
    const run = b.runs[at.index];
    if (run.text === text && (generated === undefined || run.figure!.generated === generated)) return b;
    changed = true;
    const runs = b.runs.map((r, i) =>
      i === at.index ? { text, figure: generated === undefined ? r.figure : { ...r.figure!, generated } } : r,
    );
    return { ...b, runs };
  });
  return changed ? { ...doc, blocks } : doc;
}
