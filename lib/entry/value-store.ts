import type Database from "better-sqlite3";
import { statement } from "@/db/raw";
import type { ValueStatus } from "@/db/schema/vocabulary";

/** SQL of the values hot path (saving a month): cached statements, one row at a time. */
export interface StoredValueRow {
  id: number;
  value: number;
  status: ValueStatus;
  note: string | null;
  version: number;
  updated_by: number | null;
  updated_at: string;
}

export function assignedIndicators(client: Database.Database, year: number, departmentId: number): Map<string, number> {
  const rows = statement(
    client,
    "select i.code as code, i.id as id from indicator_assignments a join indicators i on i.id = a.indicator_id where a.year = ? and a.department_id = ?",
  ).all(year, departmentId) as { code: string; id: number }[];
  return new Map(rows.map((r) => [r.code, r.id]));
}

export function indicatorUnit(client: Database.Database, indicatorId: number): string {
  return (statement(client, "select unit from indicators where id = ?").get(indicatorId) as { unit: string }).unit;
}

export function currentValue(
  client: Database.Database,
  indicatorId: number,
  year: number,
  period: string,
): StoredValueRow | undefined {
  return statement(
    client,
    "select id, value, status, note, version, updated_by, updated_at from indicator_values where indicator_id = ? and year = ? and period = ?",
  ).get(indicatorId, year, period) as StoredValueRow | undefined;
}

export interface ValueWrite {
  indicatorId: number;
  year: number;
  period: string;
  month: number;
  departmentId: number;
  value: number;
  status: string;
  note: string | null;
  version: number;
  userId: number;
  at: string;
}

/** Inserts or replaces the current figure of a slot; returns its row id. */
export function upsertValue(client: Database.Database, w: ValueWrite): number {
  const row = statement(
    client,
    `insert into indicator_values (indicator_id, year, period, month, department_id, value, status, note, derived, version, updated_by, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
     on conflict (indicator_id, year, period) do update set
       value = excluded.value, status = excluded.status, note = excluded.note, month = excluded.month,
       department_id = excluded.department_id, derived = 0, version = excluded.version,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at
     returning id`,
  ).get(
    w.indicatorId,
    w.year,
    w.period,
    w.month,
    w.departmentId,
    w.value,
    w.status,
    w.note,
    w.version,
    w.userId,
    w.at,
  ) as { id: number };
  return row.id;
}

export function insertRevision(client: Database.Database, valueId: number, w: ValueWrite, reason: string | null): void {
  statement(
    client,
    "insert into value_revisions (value_id, version, value, status, note, reason, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(valueId, w.version, w.value, w.status, w.note, reason, w.userId, w.at);
}

export function insertAudit(
  client: Database.Database,
  entry: {
    userId: number | null;
    action: string;
    entity: string;
    entityId: string;
    before: unknown;
    after: unknown;
    reason: string | null;
    at: string;
  },
): void {
  statement(
    client,
    "insert into audit_log (at, user_id, action, entity, entity_id, before, after, reason) values (?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(
    entry.at,
    entry.userId,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === null ? null : JSON.stringify(entry.after),
    entry.reason,
  );
}
