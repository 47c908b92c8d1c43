import { indicatorJson, targetJson } from "@/lib/catalogue/format";
import { paceReasonText } from "./pace-labels";
import type { ReportRow } from "./province-report";

/** The report API's row: numbers as JSON numbers, missing as null (issue 4). */
export function reportRowJson(row: ReportRow) {
  const i = row.indicator;
  return {
    ...indicatorJson(i),
    value: row.value,
    valueStatus: row.valueStatus,
    inPeriodValue: row.inPeriodValue,
    missingMonths: row.missingMonths,
    asOfMonth: row.asOfMonth,
    targets: i.targets.map(targetJson),
    pctOfPlan: row.pctOfPlan,
    pctOfPlanBySource: row.pctOfPlanBySource,
    lastYearValue: row.lastYearValue,
    changePct: row.changePct,
    changePoints: row.changePoints,
    yearEndValue: row.yearEndValue,
    changeVsYearEndPct: row.changeVsYearEndPct,
    pace: { status: row.pace.status, reason: paceReasonText(row.pace.reason, i), code: row.pace.reason.code },
    display: {
      precision: i.precision,
      pctPrecision: i.pctPrecision,
      changePrecision: i.changePrecision,
      direction: i.direction,
    },
  };
}
