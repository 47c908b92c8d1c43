import "server-only";
import type { Db } from "@/db/client";
import type Database from "better-sqlite3";
import { rawClient, statement } from "@/db/raw";
import { cachedRead } from "./read-cache";
import type { PeriodCode } from "@/lib/periods";
import type { EntryMap, ValueStatus } from "@/lib/rollup";

/** Which values count in reports: approved only, approved + submitted (default), or everything including drafts. */
export const COUNTING_MODES = ["approved", "submitted", "all"] as const;
export type CountingMode = (typeof COUNTING_MODES)[number];

const COUNTED_STATES: Record<CountingMode, Set<string> | null> = {
  approved: new Set(["approved"]),
  submitted: new Set(["approved", "submitted"]),
  all: null,
};

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/**
 * Entries per indicator for the given years, keeping only values whose submission (department,
 * year, month) is in a counted state. The hot path of every report: raw rows, no objects per row.
 */
export function loadEntries(db: Db, years: number[], counting: CountingMode = "submitted"): Map<number, EntryMap> {
  const client = rawClient(db);
  return cachedRead(client, `entries:${years.join(",")}:${counting}`, () => readEntries(client, years, counting));
}

/** Callers must treat the maps as read-only: they are shared while the data is unchanged. */
function readEntries(client: Database.Database, years: number[], counting: CountingMode): Map<number, EntryMap> {
  const states = COUNTED_STATES[counting];
  const counted = new Set<number>();
  if (states) {
    const subs = statement(client, `select department_id, year, month, state from submissions where year in (${placeholders(years.length)})`).raw(true).all(...years) as [number, number, number, string][];
    for (const [dept, year, month, state] of subs) if (states.has(state)) counted.add(submissionKey(dept, year, month));
  }
  const rows = statement(client, `select indicator_id, year, period, value, status, department_id, month from indicator_values where year in (${placeholders(years.length)})`)
    .raw(true)
    .all(...years) as [number, number, PeriodCode, number, ValueStatus, number, number][];
  const map = new Map<number, EntryMap>();
  for (const [indicatorId, year, period, value, status, dept, month] of rows) {
    if (states && !counted.has(submissionKey(dept, year, month))) continue;
    const key = entryKey(indicatorId, year);
    let entries = map.get(key);
    if (!entries) {
      entries = {};
      map.set(key, entries);
    }
    entries[period] = { period, value, status };
  }
  return map;
}

/** Numeric map keys (cheaper than strings on the hot path). */
export function entryKey(indicatorId: number, year: number): number {
  return indicatorId * 10_000 + year;
}

const submissionKey = (department: number, year: number, month: number) => (department * 10_000 + year) * 16 + month;
