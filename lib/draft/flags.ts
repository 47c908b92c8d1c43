import type { DraftDocument } from "./model";
import { locateFigures, type FigureTexts, type LocatedFigure } from "./figures";

/**
 * Why a figure needs checking: "edited" when its text no longer says what was generated,
 * "data-changed" when the data now gives another figure than the one generated.
 */
export type FigureFlagKind = "edited" | "data-changed";

export interface FigureFlag extends LocatedFigure {
  kinds: FigureFlagKind[];
  /** what the current data gives (null: the figure is no longer in the data) */
  current: string | null;
}

export const FLAG_LABELS: Record<FigureFlagKind, string> = {
  edited: "Đã sửa khác số liệu",
  "data-changed": "Số liệu đã thay đổi",
};

/** The flags of one figure, given what the current data gives for it (undefined: not known, no data check). */
export function flagKinds(text: string, generated: string, current: string | null | undefined): FigureFlagKind[] {
  const kinds: FigureFlagKind[] = [];
  if (text !== generated) kinds.push("edited");
  if (current !== undefined && current !== generated) kinds.push("data-changed");
  return kinds;
}

/**
 * Every figure of the draft that needs checking. `current` holds the figures generated from
 * the data as it is now (generatedFigureTexts of a fresh draft); null skips the data check.
 */
export function figureFlags(doc: Pick<DraftDocument, "blocks">, current: FigureTexts | null): FigureFlag[] {
  return figureStates(doc, current).filter((f) => f.kinds.length > 0);
}

/** Every figure of the draft in reading order with its flags (none when it is fine). */
export function figureStates(doc: Pick<DraftDocument, "blocks">, current: FigureTexts | null): FigureFlag[] {
  return locateFigures(doc).map((f) => {
    const now = current ? (current[f.key]?.[f.occurrence] ?? null) : undefined;
    return { ...f, kinds: flagKinds(f.text, f.figure.generated, now), current: now ?? null };
  });
}
