import { fromScaled, parseViNumber } from "@/lib/numbers";
import { isMonthPeriod, monthPeriod, type PeriodCode } from "@/lib/periods";
import {
  changeVsBase,
  pctOfPlan,
  periodValue,
  targetBySource,
  type EntryMap,
  type IndicatorKind,
  type Target,
  type ValueStatus,
} from "@/lib/rollup";

export interface LiveInput {
  kind: IndicatorKind;
  period: PeriodCode;
  month: number;
  typed: string;
  status: ValueStatus;
  thisYear: EntryMap;
  lastYear: EntryMap;
  targets: Target[];
}

export interface LiveFigures {
  /** period-to-date value with the typed figure in place */
  toDate: number | null;
  missingMonths: number[];
  pctOfPlan: number | null;
  changePct: number | null;
  changePoints: number | null;
}

/** What the month's figure makes of the period to date, % of plan and change vs last year, as the officer types. */
export function liveFigures(input: LiveInput): LiveFigures {
  const entries: EntryMap = { ...input.thisYear };
  const parsed = input.typed.trim() === "" ? null : parseViNumber(input.typed);
  if (parsed?.ok) entries[input.period] = { period: input.period, value: parsed.scaled, status: input.status };
  else if (input.typed.trim() === "") delete entries[input.period];
  // a month row shows the year to date through that month; whole periods and rates show themselves
  const reportPeriod: PeriodCode = isMonthPeriod(input.period)
    ? input.period
    : input.kind === "rate" || input.period === "UN"
      ? input.period
      : monthPeriod(input.month);
  const figure = periodValue(input.kind, entries, reportPeriod);
  const toDate = figure.value === null ? null : fromScaled(figure.value);
  const base = periodValue(input.kind, input.lastYear, reportPeriod);
  const change = changeVsBase(input.kind, toDate, base.value === null ? null : fromScaled(base.value));
  return {
    toDate,
    missingMonths: figure.missingMonths,
    pctOfPlan: pctOfPlan(input.kind, toDate, targetBySource(input.targets, "hdnd")),
    changePct: change.pct,
    changePoints: change.points,
  };
}
