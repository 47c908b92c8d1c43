import { weakestStatus, type EntryMap, type IndicatorKind, type PeriodEntry } from "@/lib/rollup";
import type { PeriodCode } from "@/db/schema/vocabulary";

/** Indicator kinds whose province figure is the sum of the units' figures (amounts and counts); a rate is not summed. */
export const SUMMABLE_KINDS: readonly IndicatorKind[] = ["cumulative", "point"];

/**
 * The province entries of an indicator reported by every unit of a kind: for each period that
 * every unit has entered, the sum of their figures (scaled integers: exact) with the weakest of
 * their statuses. A period some unit has not entered yet has no sum: the province figure stays
 * missing rather than understated. No units, or a kind that does not sum: nothing.
 */
export function sumShareEntries(kind: IndicatorKind, shares: readonly EntryMap[]): EntryMap {
  if (shares.length === 0 || !SUMMABLE_KINDS.includes(kind)) return {};
  const sum: EntryMap = {};
  for (const period of Object.keys(shares[0]) as PeriodCode[]) {
    const entries = shares.map((share) => share[period]);
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
