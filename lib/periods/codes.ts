/** Report period codes (domain.md §5): months, quarters, 6 and 9 months, the year, and the whole-year estimate. */
export const MONTH_PERIODS = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T12"] as const;
export const WHOLE_PERIODS = ["Q1", "Q2", "Q3", "Q4", "6T", "9T", "N"] as const;
/** UN = ước thực hiện cả năm, the whole-year estimate asked in T06 and T11. */
export const ESTIMATE_PERIOD = "UN" as const;
export const REPORT_PERIODS = [...MONTH_PERIODS, ...WHOLE_PERIODS] as const;
export const ALL_PERIODS = [...REPORT_PERIODS, ESTIMATE_PERIOD] as const;

export type MonthPeriod = (typeof MONTH_PERIODS)[number];
export type WholePeriod = (typeof WHOLE_PERIODS)[number];
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export type PeriodCode = (typeof ALL_PERIODS)[number];

export interface PeriodSpan {
  start: number; // first month, 1..12
  end: number; // last month, 1..12
}

const SPANS: Record<PeriodCode, PeriodSpan> = {
  ...(Object.fromEntries(MONTH_PERIODS.map((p, i) => [p, { start: i + 1, end: i + 1 }])) as Record<MonthPeriod, PeriodSpan>),
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
