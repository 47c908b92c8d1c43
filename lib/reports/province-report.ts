import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planYears } from "@/db/schema";
import { listIndicatorsForYear, type CatalogueIndicator } from "@/lib/catalogue/queries";
import type { PeriodCode } from "@/lib/periods";
import { reportFigures, type ReportFigures } from "@/lib/rollup";
import { rawClient } from "@/db/raw";
import { entryKey, loadEntries, type CountingMode } from "./entries";
import { cachedRead } from "./read-cache";

export interface ReportRow extends ReportFigures {
  indicator: CatalogueIndicator;
}

/** Every indicator of a year's plan (or one department's) with its figures for the period. */
export function provinceReport(db: Db, input: { year: number; period: PeriodCode; counting?: CountingMode; departmentId?: number }): ReportRow[] {
  const key = `report:${input.year}:${input.period}:${input.counting ?? "submitted"}:${input.departmentId ?? "all"}`;
  return cachedRead(rawClient(db), key, () => computeReport(db, input));
}

/** The computation behind provinceReport, without its result cache (for the benchmark). */
export function computeReport(db: Db, input: { year: number; period: PeriodCode; counting?: CountingMode; departmentId?: number }): ReportRow[] {
  const indicators = listIndicatorsForYear(db, input.year, input.departmentId);
  const entries = loadEntries(db, [input.year, input.year - 1], input.counting ?? "submitted");
  const atRiskRatio = db.select().from(planYears).where(eq(planYears.year, input.year)).get()?.atRiskRatio ?? 0.9;
  return indicators.map((indicator) => ({
    indicator,
    ...reportFigures(indicator, input.period, entries.get(entryKey(indicator.id, input.year)) ?? {}, entries.get(entryKey(indicator.id, input.year - 1)) ?? {}, atRiskRatio),
  }));
}
