import "server-only";
import type { Db } from "@/db/client";
import type Database from "better-sqlite3";
import { rawClient, statement } from "@/db/raw";
import { incrementalRead } from "@/db/read-cache";
import type { ChangeSet } from "@/db/journal";
import type { PeriodCode } from "@/lib/periods";
import type { EntryMap, ValueStatus } from "@/lib/rollup";
import { DEFAULT_COUNTING, type CountingMode } from "@/db/schema/vocabulary";

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
export function loadEntries(db: Db, years: number[], counting: CountingMode = DEFAULT_COUNTING): Map<number, EntryMap> {
  const client = rawClient(db);
  return incrementalRead(
    client,
    `entries:${years.join(",")}:${counting}`,
    () => readEntries(client, years, counting),
    (model, changes) => catchUpEntries(client, model, years, changes),
  ).map;
}

interface EntriesModel {
  map: Map<number, EntryMap>;
  /** the (department, year, month) submissions whose values count; null = all count */
  counted: Set<number> | null;
}

const VALUE_COLUMNS = "indicator_id, year, period, value, status, department_id, month";
type ValueRow = [number, number, PeriodCode, number, ValueStatus, number, number];

/** Callers must treat the maps as read-only: they are shared while the data is unchanged. */
function readEntries(client: Database.Database, years: number[], counting: CountingMode): EntriesModel {
  const states = COUNTED_STATES[counting];
  let counted: Set<number> | null = null;
  if (states) {
    counted = new Set<number>();
    const subs = statement(
      client,
      `select department_id, year, month, state from submissions where year in (${placeholders(years.length)})`,
    )
      .raw(true)
      .all(...years) as [number, number, number, string][];
    for (const [dept, year, month, state] of subs) if (states.has(state)) counted.add(submissionKey(dept, year, month));
  }
  const rows = statement(
    client,
    `select ${VALUE_COLUMNS} from indicator_values where year in (${placeholders(years.length)})`,
  )
    .raw(true)
    .all(...years) as ValueRow[];
  const map = new Map<number, EntryMap>();
  addRows(map, rows, counted);
  return { map, counted };
}

function addRows(map: Map<number, EntryMap>, rows: ValueRow[], counted: Set<number> | null) {
  for (const [indicatorId, year, period, value, status, dept, month] of rows) {
    if (counted && !counted.has(submissionKey(dept, year, month))) continue;
    const key = entryKey(indicatorId, year);
    let entries = map.get(key);
    if (!entries) {
      entries = {};
      map.set(key, entries);
    }
    entries[period] = { period, value, status };
  }
}

/**
 * After values changed, re-reads only the changed indicators' values (in place: no caller
 * holds the map across a change, every read is synchronous). A change of submission state in
 * these years changes what counts: rebuilt (null).
 */
function catchUpEntries(
  client: Database.Database,
  model: EntriesModel,
  years: number[],
  changes: ChangeSet,
): EntriesModel | null {
  if (years.some((y) => changes.submissionYears.has(y))) return null;
  const reread = statement(
    client,
    `select ${VALUE_COLUMNS} from indicator_values where indicator_id = ? and year = ?`,
  ).raw(true);
  for (const year of years) {
    for (const indicatorId of changes.values.get(year) ?? []) {
      model.map.delete(entryKey(indicatorId, year));
      addRows(model.map, reread.all(indicatorId, year) as ValueRow[], model.counted);
    }
  }
  return model;
}

/** Numeric map keys (cheaper than strings on the hot path). */
export function entryKey(indicatorId: number, year: number): number {
  return indicatorId * 10_000 + year;
}

const submissionKey = (department: number, year: number, month: number) => (department * 10_000 + year) * 16 + month;
