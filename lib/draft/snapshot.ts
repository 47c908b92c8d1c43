import type { FigureField, FigureSnapshot, SnapshotFigure } from "@/db/schema/draft-content";
import type { DraftDocument } from "./model";
import { locateFigures } from "./figures";

export type { FigureSnapshot, SnapshotFigure } from "@/db/schema/draft-content";

/** The figures of one indicator the snapshot needs from the report (a ReportRow has them all). */
export interface SnapshotRow {
  indicator: { code: string; name: string };
  value: number | null;
  pctOfPlan: number | null;
  changePct: number | null;
  changePoints: number | null;
  changeVsYearEndPct: number | null;
  inPeriodValue: number | null;
  yearEstimate: number | null;
}

/** "needed" (section III's monthly average) is left out: it follows from the value and the plan, whose changes show already. */
const FIELDS: FigureField[] = ["value", "pctOfPlan", "change", "yearEnd", "inPeriod", "yearEstimate"];

function fieldValue(row: SnapshotRow, field: FigureField): number | null {
  if (field === "value") return row.value;
  if (field === "pctOfPlan") return row.pctOfPlan;
  if (field === "change") return row.changePct ?? row.changePoints;
  if (field === "inPeriod") return row.inPeriodValue;
  if (field === "yearEstimate") return row.yearEstimate;
  return row.changeVsYearEndPct;
}

/**
 * Every figure of the period from the report rows, with the text a draft generated from the
 * same data states it with (the first run of that indicator and field).
 */
export function figureSnapshot(
  generated: Pick<DraftDocument, "blocks">,
  rows: SnapshotRow[],
  takenAt: string,
): FigureSnapshot {
  const texts = new Map<string, string>();
  for (const f of locateFigures(generated)) {
    const k = `${f.figure.indicator}|${f.figure.field}`;
    if (!texts.has(k)) texts.set(k, f.figure.generated);
  }
  const figures: SnapshotFigure[] = [];
  for (const row of rows) {
    for (const field of FIELDS) {
      const value = fieldValue(row, field);
      const text = texts.get(`${row.indicator.code}|${field}`) ?? null;
      if (value === null && text === null) continue;
      figures.push({ indicator: row.indicator.code, name: row.indicator.name, field, value, text });
    }
  }
  return { takenAt, figures };
}
