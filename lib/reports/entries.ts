import "server-only";
import type { Db } from "@/db/client";
import type Database from "better-sqlite3";
import { rawClient, statement } from "@/db/raw";
import { incrementalRead } from "@/db/read-cache";
import type { ChangeSet } from "@/db/journal";
import type { PeriodCode } from "@/lib/periods";
import type { EntryMap, ValueStatus } from "@/lib/rollup";
import { DEFAULT_COUNTING, type CountingMode } from "@/db/schema/vocabulary";
import { sumShareEntries, withShareSum } from "@/lib/units/share-sum";
import { loadShareStructure, type ShareStructure } from "@/lib/units/share-structure";

const COUNTED_STATES: Record<CountingMode, Set<string> | null> = {
  approved: new Set(["approved"]),
  submitted: new Set(["approved", "submitted"]),
  all: null,
};

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/**
 * Entries per indicator for the given years, keeping only values whose submission (department,
 * year, month) is in a counted state. An indicator reported by every unit of a kind gets the
 * sum of its units' shares (lib/units/share-sum.ts) where no department enters the province
 * figure. The hot path of every report: raw rows, no objects per row.
 */
export function loadEntries(db: Db, years: number[], counting: CountingMode = DEFAULT_COUNTING): Map<number, EntryMap> {
  return entriesModel(db, years, counting).map;
}

/**
 * A province indicator reported by units: its own entries (a department's), before its units'
 * sum completes them; undefined when no department enters it (lib/units/unit-report.ts flags a gap).
 */
export function ownProvinceEntries(
  db: Db,
  years: number[],
  counting: CountingMode,
  indicatorId: number,
  year: number,
): EntryMap | undefined {
  return entriesModel(db, years, counting).own.get(entryKey(indicatorId, year));
}

function entriesModel(db: Db, years: number[], counting: CountingMode): EntriesModel {
  const client = rawClient(db);
  const shares = loadShareStructure(client, years);
  return incrementalRead(
    client,
    `entries:${years.join(",")}:${counting}`,
    () => readEntries(client, years, counting, shares),
    (model, changes) => catchUpEntries(client, model, years, changes, shares),
  );
}

interface EntriesModel {
  map: Map<number, EntryMap>;
  /** the (department, year, month) submissions whose values count; null = all count */
  counted: Set<number> | null;
  /** the share structure the sums were made with */
  shares: ShareStructure;
  /** entryKey → a province indicator's own entries (before its units' sum) */
  own: Map<number, EntryMap | undefined>;
}

const VALUE_COLUMNS = "indicator_id, year, period, value, status, department_id, month";
type ValueRow = [number, number, PeriodCode, number, ValueStatus, number, number];

/** Callers must treat the maps as read-only: they are shared while the data is unchanged. */
function readEntries(
  client: Database.Database,
  years: number[],
  counting: CountingMode,
  shares: ShareStructure,
): EntriesModel {
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
  const model: EntriesModel = { map, counted, shares, own: new Map() };
  for (const key of shares.groups.keys()) {
    model.own.set(key, map.get(key));
    applyShareSum(model, key);
  }
  return model;
}

/** A province indicator's entries: its own, completed by its units' sum. */
function applyShareSum(model: EntriesModel, key: number) {
  const group = model.shares.groups.get(key)!;
  const sum = sumShareEntries(
    group.kind,
    group.shareIds.map((id, i) => ({
      entries: model.map.get(entryKey(id, group.year)) ?? {},
      months: group.months[i],
    })),
  );
  const entries = withShareSum(model.own.get(key), sum);
  if (Object.keys(entries).length > 0) model.map.set(key, entries);
  else model.map.delete(key);
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
  shares: ShareStructure,
): EntriesModel | null {
  if (years.some((y) => changes.submissionYears.has(y)) || shares !== model.shares) return null;
  const reread = statement(
    client,
    `select ${VALUE_COLUMNS} from indicator_values where indicator_id = ? and year = ?`,
  ).raw(true);
  const regroup = new Set<number>();
  for (const year of years) {
    for (const indicatorId of changes.values.get(year) ?? []) {
      const key = entryKey(indicatorId, year);
      model.map.delete(key);
      addRows(model.map, reread.all(indicatorId, year) as ValueRow[], model.counted);
      if (model.shares.groups.has(key)) {
        model.own.set(key, model.map.get(key));
        regroup.add(key);
      }
      const parent = model.shares.parentOf.get(indicatorId);
      if (parent !== undefined && model.shares.groups.has(entryKey(parent, year))) regroup.add(entryKey(parent, year));
    }
  }
  for (const key of regroup) applyShareSum(model, key);
  return model;
}

/**
 * The indicators whose report rows a change of values touches: the changed ones and, for a
 * unit's share, the province indicator its sum goes into.
 */
export function withShareParents(db: Db, years: number[], changed: Iterable<number>): Set<number> {
  const { parentOf } = loadShareStructure(rawClient(db), years);
  const affected = new Set<number>();
  for (const id of changed) {
    affected.add(id);
    const parent = parentOf.get(id);
    if (parent !== undefined) affected.add(parent);
  }
  return affected;
}

/** Numeric map keys (cheaper than strings on the hot path). */
export function entryKey(indicatorId: number, year: number): number {
  return indicatorId * 10_000 + year;
}

const submissionKey = (department: number, year: number, month: number) => (department * 10_000 + year) * 16 + month;
