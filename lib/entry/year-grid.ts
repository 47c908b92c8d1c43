import { monthPeriod, periodsClosingIn, RATE_PERIODS, type PeriodCode } from "@/lib/periods";
import type { IndicatorKind } from "@/db/schema/vocabulary";

/**
 * What a month's cell of a department's year grid shows: the month's own value; for a rate
 * (a growth rate or share, entered only for Q1, 6 months, 9 months and the year), the value of
 * its period closing in that month (Q1 in March, 6T in June, 9T in September, N in December),
 * named so that it does not read as the month's. Null: nothing to show.
 */
export function yearGridCell<V>(
  kind: IndicatorKind,
  byPeriod: ReadonlyMap<string, V> | undefined,
  month: number,
): { value: V; period: PeriodCode; ownMonth: boolean } | null {
  const own = monthPeriod(month);
  const value = byPeriod?.get(own);
  if (value !== undefined) return { value, period: own, ownMonth: true };
  if (kind !== "rate") return null;
  for (const period of periodsClosingIn(month)) {
    if (!(RATE_PERIODS as readonly string[]).includes(period)) continue;
    const entered = byPeriod?.get(period);
    if (entered !== undefined) return { value: entered, period, ownMonth: false };
  }
  return null;
}
