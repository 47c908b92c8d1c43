import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planYears } from "@/db/schema";
import { listIndicatorsForYear, type CatalogueIndicator } from "@/lib/catalogue/queries";
import type { PeriodCode } from "@/lib/periods";
import { reportFigures, type ReportFigures } from "@/lib/rollup";
import { rawClient } from "@/db/raw";
import { entryKey, loadEntries, withShareParents } from "./entries";
import { DEFAULT_COUNTING, PLAN_YEAR_DEFAULTS, type CountingMode } from "@/db/schema/vocabulary";
import { incrementalRead } from "@/db/read-cache";
import type { ChangeSet } from "@/db/journal";

export interface ReportRow extends ReportFigures {
  indicator: CatalogueIndicator;
}

/** Every indicator of a year's plan (or one department's) with its figures for the period. */
export function provinceReport(
  db: Db,
  input: { year: number; period: PeriodCode; counting?: CountingMode; departmentId?: number },
): ReportRow[] {
  const key = `report:${input.year}:${input.period}:${input.counting ?? DEFAULT_COUNTING}:${input.departmentId ?? "all"}`;
  return incrementalRead(
    rawClient(db),
    key,
    () => computeReport(db, input),
    (rows, changes) => catchUpReport(db, input, rows, changes),
  );
}

type ReportInput = { year: number; period: PeriodCode; counting?: CountingMode; departmentId?: number };

/**
 * After values changed, recomputes only the rows of the indicators whose values (this year's
 * or last year's) changed. A change to the catalogue, targets or submission states: rebuilt.
 */
export function catchUpReport(db: Db, input: ReportInput, rows: ReportRow[], changes: ChangeSet): ReportRow[] | null {
  const years = [input.year, input.year - 1];
  if (changes.catalogue || years.some((y) => changes.submissionYears.has(y))) return null;
  const affected = withShareParents(db, years, [
    ...(changes.values.get(input.year) ?? []),
    ...(changes.values.get(input.year - 1) ?? []),
  ]);
  if (affected.size === 0) return rows;
  const entries = loadEntries(db, years, input.counting ?? DEFAULT_COUNTING);
  const atRiskRatio = atRiskRatioOf(db, input.year);
  return rows.map((row) =>
    affected.has(row.indicator.id) ? figuresRow(row.indicator, input.period, entries, input.year, atRiskRatio) : row,
  );
}

function atRiskRatioOf(db: Db, year: number): number {
  return (
    db.select().from(planYears).where(eq(planYears.year, year)).get()?.atRiskRatio ?? PLAN_YEAR_DEFAULTS.atRiskRatio
  );
}

function figuresRow(
  indicator: CatalogueIndicator,
  period: PeriodCode,
  entries: ReturnType<typeof loadEntries>,
  year: number,
  atRiskRatio: number,
): ReportRow {
  return {
    indicator,
    ...reportFigures(
      indicator,
      period,
      entries.get(entryKey(indicator.id, year)) ?? {},
      entries.get(entryKey(indicator.id, year - 1)) ?? {},
      atRiskRatio,
    ),
  };
}

/** The computation behind provinceReport, without its result cache (for the benchmark). */
export function computeReport(
  db: Db,
  input: { year: number; period: PeriodCode; counting?: CountingMode; departmentId?: number },
): ReportRow[] {
  const indicators = listIndicatorsForYear(db, input.year, input.departmentId);
  const entries = loadEntries(db, [input.year, input.year - 1], input.counting ?? DEFAULT_COUNTING);
  const atRiskRatio = atRiskRatioOf(db, input.year);
  return indicators.map((indicator) => figuresRow(indicator, input.period, entries, input.year, atRiskRatio));
}
