import {
  ALL_PERIODS,
  ESTIMATE_PERIOD,
  MONTH_PERIODS,
  REPORT_PERIODS,
  WHOLE_PERIODS,
  type MonthPeriod,
  type PeriodCode,
  type WholePeriod,
} from "@/db/schema/vocabulary";

/** The period codes are a vocabulary (db/schema/vocabulary.ts); this module is their rules. */
export { ALL_PERIODS, ESTIMATE_PERIOD, MONTH_PERIODS, REPORT_PERIODS, WHOLE_PERIODS } from "@/db/schema/vocabulary";
export type { MonthPeriod, PeriodCode, ReportPeriod, WholePeriod } from "@/db/schema/vocabulary";

/** The periods rate indicators (growth rates, shares) are entered for: a month, Q2 or Q3 report has none. */
export const RATE_PERIODS = ["Q1", "6T", "9T", "N"] as const;

/** Whether a report of the period states rates: only the periods they are entered for (issue 13). */
export function periodHasRates(period: PeriodCode): boolean {
  return (RATE_PERIODS as readonly string[]).includes(period);
}

export interface PeriodSpan {
  start: number; // first month, 1..12
  end: number; // last month, 1..12
}

const SPANS: Record<PeriodCode, PeriodSpan> = {
  ...(Object.fromEntries(MONTH_PERIODS.map((p, i) => [p, { start: i + 1, end: i + 1 }])) as Record<
    MonthPeriod,
    PeriodSpan
  >),
  Q1: { start: 1, end: 3 },
  Q2: { start: 4, end: 6 },
  Q3: { start: 7, end: 9 },
  Q4: { start: 10, end: 12 },
  "6T": { start: 1, end: 6 },
  "9T": { start: 1, end: 9 },
  N: { start: 1, end: 12 },
  UN: { start: 1, end: 12 },
};

export function isPeriodCode(value: string): value is PeriodCode {
  return (ALL_PERIODS as readonly string[]).includes(value);
}

export function isMonthPeriod(value: string): value is MonthPeriod {
  return (MONTH_PERIODS as readonly string[]).includes(value);
}

export function periodSpan(period: PeriodCode): PeriodSpan {
  return SPANS[period];
}

export function monthPeriod(month: number): MonthPeriod {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Invalid month ${month}`);
  return MONTH_PERIODS[month - 1];
}

/** The whole periods that close with a month: T03 closes Q1, T06 closes Q2 and 6T, ... */
export function periodsClosingIn(month: number): WholePeriod[] {
  return WHOLE_PERIODS.filter((p) => SPANS[p].end === month);
}

/** The submission month a period's value belongs to: its last month (UN belongs to the month it is asked in). */
export function submissionMonthOf(period: PeriodCode, askedInMonth?: number): number {
  if (period === ESTIMATE_PERIOD) return askedInMonth ?? 6;
  return SPANS[period].end;
}

const SEGMENT_TABLE: PeriodCode[][][] = Array.from({ length: 13 }, (_, month) =>
  Array.from({ length: 13 }, (_, endLimit) =>
    (ALL_PERIODS.filter((p) => p !== ESTIMATE_PERIOD) as PeriodCode[])
      .filter((p) => SPANS[p].start === month && SPANS[p].end <= endLimit)
      .sort((a, b) => SPANS[b].end - SPANS[a].end),
  ),
);

/** Segments that can make up a run of months: entered months and entered whole periods, longest first (precomputed). */
export function segmentsStartingAt(month: number, endLimit: number): readonly PeriodCode[] {
  return SEGMENT_TABLE[month]?.[endLimit] ?? [];
}

const ENDING_TABLE: PeriodCode[][] = Array.from({ length: 13 }, (_, month) => {
  const ending = (REPORT_PERIODS as readonly PeriodCode[]).filter((p) => SPANS[p].end === month);
  // whole periods first: an entered whole period wins over the month entry
  return [...ending.filter((p) => !isMonthPeriod(p)), ...ending.filter((p) => isMonthPeriod(p))];
});

/** Report periods ending with a month, whole periods before the month itself (precomputed). */
export function periodsEndingAt(month: number): readonly PeriodCode[] {
  return ENDING_TABLE[month] ?? [];
}
