import type Database from "better-sqlite3";
import { statement } from "./raw";

/**
 * What changed since a point of the change journal (db/schema/changes.ts). Scopes other than
 * values, submissions and the catalogue (narratives) only move the head: no read model holds them.
 */
export interface ChangeSet {
  /** the journal position this set reaches */
  head: number;
  /** false when the journal no longer holds every change since the point (pruned, or too many to be worth it) */
  complete: boolean;
  catalogue: boolean;
  submissionYears: Set<number>;
  /** year → indicators whose values changed */
  values: Map<number, Set<number>>;
}

/** Beyond this many changes a read model is rebuilt rather than caught up. */
export const MAX_CATCH_UP = 2_000;

export function journalHead(client: Database.Database): number {
  return (statement(client, "select coalesce(max(seq), 0) as head from data_changes").get() as { head: number }).head;
}

/** The changes after `since`, summarised per scope. */
export function changesSince(client: Database.Database, since: number): ChangeSet {
  const oldest = (statement(client, "select min(seq) as oldest from data_changes").get() as { oldest: number | null })
    .oldest;
  const rows = statement(
    client,
    `select seq, scope, indicator_id, year from data_changes where seq > ? order by seq limit ${MAX_CATCH_UP + 1}`,
  )
    .raw(true)
    .all(since) as [number, string, number | null, number | null][];
  const set: ChangeSet = {
    head: since,
    complete: rows.length <= MAX_CATCH_UP && (oldest === null || oldest <= since + 1 || rows.length === 0),
    catalogue: false,
    submissionYears: new Set(),
    values: new Map(),
  };
  if (!set.complete) {
    set.head = journalHead(client);
    return set;
  }
  for (const [seq, scope, indicatorId, year] of rows) {
    set.head = seq;
    if (scope === "catalogue") set.catalogue = true;
    else if (scope === "submissions") set.submissionYears.add(year!);
    else if (scope === "values") {
      let ids = set.values.get(year!);
      if (!ids) set.values.set(year!, (ids = new Set()));
      ids.add(indicatorId!);
    }
  }
  return set;
}
