import {
  isMonthPeriod,
  monthPeriod,
  periodSpan,
  periodsEndingAt,
  segmentsStartingAt,
  type PeriodCode,
} from "@/lib/periods";

import type { EntryMap, IndicatorKind, PeriodFigure, ValueStatus } from "./types";

const STATUS_RANK: Record<ValueStatus, number> = { estimate: 0, preliminary: 1, official: 2 };

export function weakestStatus(statuses: ValueStatus[]): ValueStatus | null {
  if (statuses.length === 0) return null;
  return statuses.reduce((a, b) => (STATUS_RANK[b] < STATUS_RANK[a] ? b : a));
}

const MISSING: PeriodFigure = {
  value: null,
  status: null,
  missingMonths: [],
  partial: null,
  sources: [],
  asOfMonth: null,
};

/**
 * Sum of months start..end from entered months and entered whole periods, taking at each
 * step the longest entered period that starts there (so an entered whole period wins over
 * its months). Missing months are listed, never counted as 0.
 */
export function sumMonths(entries: EntryMap, start: number, end: number): PeriodFigure {
  let month = start;
  let total = 0;
  const sources: PeriodCode[] = [];
  const missing: number[] = [];
  const statuses: ValueStatus[] = [];
  while (month <= end) {
    const segment = segmentsStartingAt(month, end).find((p) => entries[p] !== undefined);
    if (!segment) {
      missing.push(month);
      month += 1;
      continue;
    }
    const entry = entries[segment]!;
    total += entry.value;
    sources.push(segment);
    statuses.push(entry.status);
    month = periodSpan(segment).end + 1;
  }
  if (missing.length > 0) {
    return {
      value: null,
      status: null,
      missingMonths: missing,
      partial: sources.length ? total : null,
      sources,
      asOfMonth: null,
    };
  }
  return { value: total, status: weakestStatus(statuses), missingMonths: [], partial: null, sources, asOfMonth: end };
}

/** Point value at a month: the entry ending at that month, else the latest earlier one of the same year. */
export function pointAt(entries: EntryMap, month: number): PeriodFigure {
  for (let m = month; m >= 1; m -= 1) {
    // an entered whole period wins over the month entry
    const chosen = periodsEndingAt(m).find((p) => entries[p] !== undefined);
    if (chosen) {
      const entry = entries[chosen]!;
      return {
        value: entry.value,
        status: entry.status,
        missingMonths: [],
        partial: null,
        sources: [chosen],
        asOfMonth: m,
      };
    }
  }
  return { ...MISSING, missingMonths: [month] };
}

function entered(entries: EntryMap, period: PeriodCode): PeriodFigure {
  const entry = entries[period];
  if (!entry) return { ...MISSING, missingMonths: [] };
  return {
    value: entry.value,
    status: entry.status,
    missingMonths: [],
    partial: null,
    sources: [period],
    asOfMonth: periodSpan(period).end,
  };
}

/**
 * The figure a report gives for a period (docs/domain.md §3, docs/rollup.md):
 * cumulative = year to date through the period's last month; point = the value at its
 * last month; rate = the value entered for that very period, never derived.
 * UN (whole-year estimate) is always the entered estimate.
 */
export function periodValue(kind: IndicatorKind, entries: EntryMap, period: PeriodCode): PeriodFigure {
  if (period === "UN" || kind === "rate") return entered(entries, period);
  const { end } = periodSpan(period);
  if (kind === "point") return pointAt(entries, end);
  return sumMonths(entries, 1, end);
}

/** The figure of the period's own months (T07 alone, Q2 = T04..T06); equals periodValue for periods from January. */
export function inPeriodValue(kind: IndicatorKind, entries: EntryMap, period: PeriodCode): PeriodFigure {
  if (period === "UN" || kind === "rate") return entered(entries, period);
  const { start, end } = periodSpan(period);
  if (kind === "point") return pointAt(entries, end);
  return sumMonths(entries, start, end);
}

const QUARTERS = ["Q1", "Q2", "Q3", "Q4"] as const;

/**
 * The period a month or quarter report compares its own figure with ("so với tháng trước",
 * "so với quý trước"): T10 → T09, Q3 → Q2; T01 and Q1 → last year's T12 and Q4. Null for
 * periods from January longer than a quarter (6T, 9T, N, UN).
 */
export function previousPeriod(period: PeriodCode): { period: PeriodCode; inLastYear: boolean } | null {
  if (isMonthPeriod(period)) {
    const month = periodSpan(period).end;
    return month === 1 ? { period: "T12", inLastYear: true } : { period: monthPeriod(month - 1), inLastYear: false };
  }
  const q = (QUARTERS as readonly string[]).indexOf(period);
  if (q < 0) return null;
  return q === 0 ? { period: "Q4", inLastYear: true } : { period: QUARTERS[q - 1], inLastYear: false };
}

/** Point indicators compare with 31/12 of last year: last year's value at T12. */
export function yearEndValue(kind: IndicatorKind, lastYearEntries: EntryMap): PeriodFigure {
  if (kind === "rate") return entered(lastYearEntries, "N");
  if (kind === "point") {
    const atYearEnd = pointAt(lastYearEntries, 12);
    return atYearEnd.asOfMonth === 12 ? atYearEnd : { ...MISSING, missingMonths: [12] };
  }
  return sumMonths(lastYearEntries, 1, 12);
}
