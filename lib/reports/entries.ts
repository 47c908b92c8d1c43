import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorValues, submissions } from "@/db/schema";
import type { PeriodCode } from "@/lib/periods";
import type { EntryMap } from "@/lib/rollup";

/** Which values count in reports: approved only, approved + submitted (default), or everything including drafts. */
export const COUNTING_MODES = ["approved", "submitted", "all"] as const;
export type CountingMode = (typeof COUNTING_MODES)[number];

const COUNTED_STATES: Record<CountingMode, string[] | null> = {
  approved: ["approved"],
  submitted: ["approved", "submitted"],
  all: null,
};

/** Entries per indicator for the given years, filtered by the state of the submission each value belongs to. */
export function loadEntries(db: Db, years: number[], counting: CountingMode = "submitted"): Map<string, EntryMap> {
  const states = COUNTED_STATES[counting];
  const rows = db
    .select({
      indicatorId: indicatorValues.indicatorId,
      year: indicatorValues.year,
      period: indicatorValues.period,
      value: indicatorValues.value,
      status: indicatorValues.status,
      state: sql<string | null>`${submissions.state}`,
    })
    .from(indicatorValues)
    .leftJoin(
      submissions,
      and(eq(submissions.departmentId, indicatorValues.departmentId), eq(submissions.year, indicatorValues.year), eq(submissions.month, indicatorValues.month)),
    )
    .where(inArray(indicatorValues.year, years))
    .all();
  const map = new Map<string, EntryMap>();
  for (const row of rows) {
    if (states && (!row.state || !states.includes(row.state))) continue;
    const key = entryKey(row.indicatorId, row.year);
    const entries = map.get(key) ?? {};
    entries[row.period as PeriodCode] = { period: row.period as PeriodCode, value: row.value, status: row.status };
    map.set(key, entries);
  }
  return map;
}

export function entryKey(indicatorId: number, year: number): string {
  return `${indicatorId}:${year}`;
}
