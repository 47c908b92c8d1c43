import { fromScaled } from "@/lib/numbers";
import { monthPeriod } from "@/lib/periods";
import { expectedShare } from "./pace";
import { inPeriodValue, periodValue } from "./period-value";
import type { EntryMap, IndicatorKind } from "./types";

export interface MonthPoint {
  month: number;
  /** the month's own figure (cumulative: the month's flow; point: the level) */
  thisYear: number | null;
  lastYear: number | null;
  /** year to date (cumulative) or level (point); null when incomplete */
  toDate: number | null;
  lastYearToDate: number | null;
  /** where the year to date should be to keep pace with the target */
  targetPace: number | null;
}

const plain = (scaled: number | null) => (scaled === null ? null : fromScaled(scaled));

/** Month by month series for charts: this year against last year and the target's pace line. */
export function monthSeries(
  kind: IndicatorKind,
  thisYear: EntryMap,
  lastYear: EntryMap,
  targetValue: number | null,
): MonthPoint[] {
  if (kind === "rate") return [];
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const p = monthPeriod(month);
    return {
      month,
      thisYear: plain(inPeriodValue(kind, thisYear, p).value),
      lastYear: plain(inPeriodValue(kind, lastYear, p).value),
      toDate: plain(periodValue(kind, thisYear, p).value),
      lastYearToDate: plain(periodValue(kind, lastYear, p).value),
      targetPace:
        targetValue === null
          ? null
          : kind === "cumulative"
            ? targetValue * expectedShare(lastYear, month)
            : targetValue,
    };
  });
}
