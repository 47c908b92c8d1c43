import { PLAN_YEAR_DEFAULTS } from "@/db/schema/vocabulary";
import { periodSpan, type PeriodCode } from "@/lib/periods";
import { fromScaled } from "@/lib/numbers";
import { changeVsBase, pctOfPlan, targetBySource } from "./compare";
import { inPeriodValue, periodValue, previousPeriod, yearEndValue } from "./period-value";
import { paceOf, type Pace } from "./pace";
import type { Direction, EntryMap, IndicatorKind, Target, ValueStatus } from "./types";

export interface RowIndicator {
  kind: IndicatorKind;
  targets: Target[];
  direction: Direction;
  unit: string;
  precision: number;
}

/** Everything a report says about one indicator for one period. Plain numbers; null = missing. */
export interface ReportFigures {
  value: number | null;
  valueStatus: ValueStatus | null;
  /** the period's own months (T07 alone, Q2 = T04..T06) */
  inPeriodValue: number | null;
  missingMonths: number[];
  /** the entries the value is made of (T01…, 6T, …) */
  sources: PeriodCode[];
  partialValue: number | null;
  asOfMonth: number | null;
  pctOfPlan: number | null;
  pctOfPlanBySource: Partial<Record<Target["source"], number | null>>;
  lastYearValue: number | null;
  changePct: number | null;
  changeRatio: number | null;
  changePoints: number | null;
  /** months and quarters: the previous month's (quarter's) own figure, and the same months last year (T01/Q1: last year's T12/Q4) */
  previousInPeriodValue: number | null;
  lastYearInPeriodValue: number | null;
  /** ước thực hiện cả năm (period UN) where one was entered, and its % of the plan (HĐND) */
  yearEstimate: number | null;
  yearEstimatePctOfPlan: number | null;
  /** point indicators: last year's 31/12 value and the change against it */
  yearEndValue: number | null;
  changeVsYearEndPct: number | null;
  pace: Pace;
}

const plain = (scaled: number | null) => (scaled === null ? null : fromScaled(scaled));

export function reportFigures(
  indicator: RowIndicator,
  period: PeriodCode,
  thisYear: EntryMap,
  lastYear: EntryMap,
  atRiskRatio: number = PLAN_YEAR_DEFAULTS.atRiskRatio,
): ReportFigures {
  const figure = periodValue(indicator.kind, thisYear, period);
  // a period that starts in January is its own year to date: no second sum
  const own = periodSpan(period).start === 1 ? figure : inPeriodValue(indicator.kind, thisYear, period);
  const base = periodValue(indicator.kind, lastYear, period);
  const value = plain(figure.value);
  const lastYearValue = plain(base.value);
  const change = changeVsBase(indicator.kind, value, lastYearValue);
  const bySource: ReportFigures["pctOfPlanBySource"] = {};
  for (const target of indicator.targets) bySource[target.source] = pctOfPlan(indicator.kind, value, target);
  const yearEnd = indicator.kind === "point" ? plain(yearEndValue("point", lastYear).value) : null;
  const previous = previousPeriod(period);
  const sliced = previous !== null && indicator.kind !== "rate";
  const previousOwn = sliced
    ? inPeriodValue(indicator.kind, previous.inLastYear ? lastYear : thisYear, previous.period)
    : null;
  const lastYearOwn = sliced ? inPeriodValue(indicator.kind, lastYear, period) : null;
  const estimate = indicator.kind === "rate" ? null : plain(periodValue(indicator.kind, thisYear, "UN").value);
  return {
    value,
    valueStatus: figure.status,
    inPeriodValue: plain(own.value),
    missingMonths: figure.missingMonths,
    sources: figure.sources,
    partialValue: plain(figure.partial),
    asOfMonth: figure.asOfMonth,
    pctOfPlan: bySource.hdnd ?? null,
    pctOfPlanBySource: bySource,
    lastYearValue,
    changePct: change.pct,
    changeRatio: change.ratio,
    changePoints: change.points,
    previousInPeriodValue: plain(previousOwn?.value ?? null),
    lastYearInPeriodValue: plain(lastYearOwn?.value ?? null),
    yearEstimate: estimate,
    yearEstimatePctOfPlan: pctOfPlan(indicator.kind, estimate, targetBySource(indicator.targets, "hdnd")),
    yearEndValue: yearEnd,
    changeVsYearEndPct: changeVsBase("point", value, yearEnd).pct,
    pace: paceOf({
      kind: indicator.kind,
      direction: indicator.direction,
      value,
      month: periodSpan(period).end,
      target: targetBySource(indicator.targets, "hdnd") ?? indicator.targets[0],
      lastYear,
      atRiskRatio,
      // a period ending in December closes the year: its statuses are final (vượt / đạt / không đạt)
      final: periodSpan(period).end === 12,
    }),
  };
}
