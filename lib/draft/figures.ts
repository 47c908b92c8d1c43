import type { DraftDocument, FigureField, FigureRef, ParagraphBlock } from "./model";

/** Where a figure comes from: indicator, year, period and which of its figures. */
export function figureKey(figure: Pick<FigureRef, "indicator" | "year" | "period" | "field">): string {
  return `${figure.indicator}|${figure.year}|${figure.period}|${figure.field}`;
}

export const FIGURE_FIELD_LABELS: Record<FigureField, string> = {
  value: "Số liệu",
  pctOfPlan: "% kế hoạch",
  change: "So với cùng kỳ",
  yearEnd: "So với 31/12 năm trước",
  needed: "Cần đạt trong các tháng còn lại",
  inPeriod: "Số liệu riêng của tháng, quý",
  yearEstimate: "Ước thực hiện cả năm",
};

export interface LocatedFigure {
  blockId: string;
  runIndex: number;
  /** the n-th figure with this key in reading order (a sentence may state the same figure twice) */
  occurrence: number;
  key: string;
  text: string;
  figure: FigureRef;
}

/** Every figure run of a draft in reading order, with its block and place. */
export function locateFigures(doc: Pick<DraftDocument, "blocks">): LocatedFigure[] {
  const seen = new Map<string, number>();
  const out: LocatedFigure[] = [];
  for (const block of doc.blocks) {
    if (block.type !== "paragraph") continue;
    (block as ParagraphBlock).runs.forEach((run, runIndex) => {
      if (!run.figure) return;
      const key = figureKey(run.figure);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      out.push({ blockId: block.id, runIndex, occurrence, key, text: run.text, figure: run.figure });
    });
  }
  return out;
}

/** The figures' texts as generated, per key in reading order: what "the data says" for a draft. */
export type FigureTexts = Record<string, string[]>;

export function generatedFigureTexts(doc: Pick<DraftDocument, "blocks">): FigureTexts {
  const out: FigureTexts = {};
  for (const f of locateFigures(doc)) (out[f.key] ??= []).push(f.figure.generated);
  return out;
}
