import { MONTH_PERIODS, periodSpan, RATE_PERIODS, type PeriodCode } from "@/lib/periods";
import type { IndicatorKind } from "@/lib/rollup";

/** Months where the whole-year estimate (ước thực hiện cả năm) is asked. */
export const ESTIMATE_MONTHS = [6, 11];

/** Rate indicators are entered for the reporting period that closes in the month. */
const RATE_PERIOD_CLOSING: Partial<Record<number, PeriodCode>> = { 3: "Q1", 6: "6T", 9: "9T", 12: "N" };

/**
 * The periods an indicator shows in a month's entry form: the month for cumulative and point
 * indicators; the periods closing that month for rates (Q1 in T03, 6T in T06, 9T in T09, N in
 * T12); the whole-year estimate in T06 and T11.
 */
export function formPeriods(kind: IndicatorKind, month: number): PeriodCode[] {
  const periods: PeriodCode[] = [];
  if (kind === "rate") {
    const closing = RATE_PERIOD_CLOSING[month];
    if (closing) periods.push(closing);
  } else {
    periods.push(MONTH_PERIODS[month - 1]);
  }
  if (ESTIMATE_MONTHS.includes(month) && kind !== "point") periods.push("UN");
  return periods;
}

/**
 * The periods a month's submission may store: its month and earlier months (revisions),
 * whole periods that have ended by then (e.g. a 6-month total from an old report), and the
 * whole-year estimate in the months it is asked.
 */
export function periodAllowedInMonth(period: PeriodCode, month: number): boolean {
  if (period === "UN") return ESTIMATE_MONTHS.includes(month);
  return periodSpan(period).end <= month;
}

/** Revising earlier figures (estimate → official): every month from January, and the rate periods closed by then. */
export function revisionPeriods(kind: IndicatorKind, month: number): PeriodCode[] {
  if (kind === "rate") return (RATE_PERIODS as readonly PeriodCode[]).filter((p) => periodSpan(p).end <= month);
  return MONTH_PERIODS.slice(0, month);
}
