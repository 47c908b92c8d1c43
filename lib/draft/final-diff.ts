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
 * Fields added after a final version was taken (inPeriod, yearEstimate) are compared only
 * when that snapshot has some figure of the field.
 */
export function finalDifferences(final: FigureSnapshot, current: FigureSnapshot): FinalDifference[] {
  const before = new Map(final.figures.map((f) => [key(f), f]));
  const fieldsThen = new Set(final.figures.map((f) => f.field));
  const newerFields = new Set<FigureField>(
    ["inPeriod", "yearEstimate"].filter((f) => !fieldsThen.has(f as FigureField)) as FigureField[],
  );
  const after = new Map(current.figures.filter((f) => !newerFields.has(f.field)).map((f) => [key(f), f]));
  const out: FinalDifference[] = [];
  const order = [...final.figures.map(key), ...[...after.keys()].filter((k) => !before.has(k))];
  for (const k of order) {
    const a = before.get(k);
    const b = after.get(k);
    const finalValue = a?.value ?? null;
    const currentValue = b?.value ?? null;
    if (finalValue === currentValue) continue;
    const ref = (a ?? b)!;
    out.push({
      indicator: ref.indicator,
      name: ref.name,
      field: ref.field,
      finalValue,
      finalText: a?.text ?? null,
      currentValue,
      currentText: b?.text ?? null,
    });
  }
  return out;
}
