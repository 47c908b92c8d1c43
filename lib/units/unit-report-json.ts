import type { UnitRankingTable } from "@/db/schema/draft-content";
import { UNIT_KIND_PLURALS } from "@/lib/vocabulary/labels";
import type { UnitReport } from "./unit-report";

/**
 * The units' ranking as the API answers it (GET /api/v1/reports/{year}/{period}/units):
 * `indicator`, `average` and per unit `unit`, `kind`, `value`, `target`, `pctOfPlan`, `rank`,
 * `belowAverageMonths` (issue 17's contract), with the unit's name, last year's figure and
 * where it comes from, the change, the lagging mark and the department-vs-units gap.
 */
export function unitReportJson(report: UnitReport) {
  const { indicator } = report;
  return {
    year: report.year,
    period: report.period,
    counting: report.counting,
    indicator: indicator.code,
    indicatorName: indicator.name,
    indicatorUnit: indicator.unit,
    unitKind: report.unitKind,
    basis: report.basis,
    average: report.average,
    monthlyAverages: report.monthlyAverages,
    units: report.units.map((u) => ({
      unit: u.unit,
      name: u.name,
      kind: u.kind,
      value: u.value,
      valueStatus: u.valueStatus,
      target: u.target,
      pctOfPlan: u.pctOfPlan,
      lastYearValue: u.lastYearValue,
      lastYearFrom: u.lastYearFrom,
      changePct: u.changePct,
      rank: u.rank,
      belowAverageMonths: u.belowAverageMonths,
      lagging: u.lagging,
    })),
    gap: report.gap,
  };
}

/** The ranking as the draft document keeps it for the biểu "Xếp hạng địa phương" of the .xlsx (lib/export/units-xlsx.ts). */
export function unitRankingTable(report: UnitReport): UnitRankingTable {
  return {
    indicator: report.indicator.code,
    name: report.indicator.name,
    unit: report.indicator.unit,
    precision: report.indicator.precision,
    basis: report.basis,
    unitsLabel: UNIT_KIND_PLURALS[report.unitKind],
    average: report.average,
    rows: report.units.map((u) => ({
      rank: u.rank,
      name: u.name,
      value: u.value,
      target: u.target,
      pctOfPlan: u.pctOfPlan,
      changePct: u.changePct,
      belowAverageMonths: u.belowAverageMonths,
      lagging: u.lagging,
    })),
  };
}
