import type { EntryMap, IndicatorKind } from "@/lib/rollup";
import { monthPeriod, periodSpan, type PeriodCode } from "@/lib/periods/codes";

/**
 * A unit that starts reporting within the year (a commune from July 2025) has, for a cumulative
 * indicator, the year to date of its own months: its 9 tháng is July to September. This keeps of a
 * year's entries the periods starting at or after its first month and counts the months before
 * as nothing (0), so the roll-up (which asks for every month from January) gives the sum of its
 * own months; applied to last year's entries it makes the same months the comparison ("cùng kỳ").
 * Other kinds, and units reporting from January, are left as they are.
 */
export function fromFirstMonth(kind: IndicatorKind, entries: EntryMap, firstMonth: number): EntryMap {
  if (kind !== "cumulative" || firstMonth <= 1) return entries;
  const kept: EntryMap = {};
  for (const [period, entry] of Object.entries(entries) as [PeriodCode, NonNullable<EntryMap[PeriodCode]>][])
    if (periodSpan(period).start >= firstMonth) kept[period] = entry;
  for (let month = 1; month < firstMonth; month += 1) {
    const period = monthPeriod(month);
    kept[period] = { period, value: 0, status: "official" };
  }
  return kept;
}
