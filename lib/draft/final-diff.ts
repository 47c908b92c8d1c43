import type { FigureField } from "./model";
import type { FigureSnapshot, SnapshotFigure } from "./snapshot";

export interface FinalDifference {
  indicator: string;
  name: string;
  field: FigureField;
  finalValue: number | null;
  finalText: string | null;
  currentValue: number | null;
  currentText: string | null;
}

const key = (f: SnapshotFigure) => `${f.indicator}|${f.field}`;

/**
 * The figures whose number differs between the final version's snapshot and the data now
 * (a figure that appeared or disappeared counts). Wording alone never makes a difference.
 */
export function finalDifferences(final: FigureSnapshot, current: FigureSnapshot): FinalDifference[] {
  const before = new Map(final.figures.map((f) => [key(f), f]));
  const after = new Map(current.figures.map((f) => [key(f), f]));
  const out: FinalDifference[] = [];
  const order = [...final.figures.map(key), ...current.figures.map(key).filter((k) => !before.has(k))];
  for (const k of order) {
    const a = before.get(k);
    const b = after.get(k);
    const finalValue = a?.value ?? null;
    const currentValue = b?.value ?? null;
    if (finalValue === currentValue) continue;
    const ref = (a ?? b)!;
    out.push({ indicator: ref.indicator, name: ref.name, field: ref.field, finalValue, finalText: a?.text ?? null, currentValue, currentText: b?.text ?? null });
  }
  return out;
}
