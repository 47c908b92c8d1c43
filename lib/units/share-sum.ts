import { weakestStatus, type EntryMap, type IndicatorKind, type PeriodEntry } from "@/lib/rollup";
import type { PeriodCode } from "@/db/schema/vocabulary";
import { periodSpan } from "@/lib/periods/codes";
import type { MonthRange } from "./unit-months";

/** Indicator kinds whose province figure is the sum of the units' figures (amounts and counts); a rate is not summed. */
export const SUMMABLE_KINDS: readonly IndicatorKind[] = ["cumulative", "point"];

const WHOLE_YEAR: MonthRange = { from: 1, to: 12 };

/** A unit's share of an indicator in a year: its entries and the months the unit reports in that year. */
export interface ShareFigures {
  entries: EntryMap;
  months?: MonthRange;
}

/**
 * The province entries of an indicator reported by every unit of a kind: for each period that
 * every unit reporting in it has entered, the sum of their figures (scaled integers: exact) with
 * the weakest of their statuses. A period some unit has not entered yet has no sum: the province
 * figure stays missing rather than understated. Where the units change within the year (the
 * districts to June 2025, the communes from July) a month counts the units reporting in it, and a
 * period spanning the change (6 tháng, 9 tháng, năm) is not summed from period entries: the
 * roll-up makes it from the months. No units, or a kind that does not sum: nothing.
 */
export function sumShareEntries(kind: IndicatorKind, figures: readonly ShareFigures[]): EntryMap {
  if (figures.length === 0 || !SUMMABLE_KINDS.includes(kind)) return {};
  const periods = new Set(figures.flatMap((share) => Object.keys(share.entries) as PeriodCode[]));
  const sum: EntryMap = {};
  for (const period of periods) {
    const span = periodSpan(period);
    const reporting = figures.filter(({ months = WHOLE_YEAR }) => months.from <= span.end && span.start <= months.to);
    if (reporting.length === 0) continue;
    if (reporting.some(({ months = WHOLE_YEAR }) => months.from > span.start || months.to < span.end)) continue;
    const entries = reporting.map((share) => share.entries[period]);
    if (entries.some((entry) => entry === undefined)) continue;
    const present = entries as PeriodEntry[];
    sum[period] = {
      period,
      value: present.reduce((total, entry) => total + entry.value, 0),
      status: weakestStatus(present.map((entry) => entry.status))!,
    };
  }
  return sum;
}

/**
 * The province entries shown for such an indicator: a department's own figure where it reports
 * one (the official province figure), the units' sum for the periods it does not.
 */
export function withShareSum(own: EntryMap | undefined, sum: EntryMap): EntryMap {
  return own ? { ...sum, ...own } : sum;
}
