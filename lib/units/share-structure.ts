import "server-only";
import type Database from "better-sqlite3";
import { statement } from "@/db/raw";
import { incrementalRead } from "@/db/read-cache";
import type { IndicatorKind } from "@/db/schema/vocabulary";
import { unitMonths, type MonthRange } from "./unit-months";

/** A province indicator reported by every unit of a kind, in one year: its kind and its shares' indicator ids. */
export interface ShareGroup {
  parentId: number;
  year: number;
  kind: IndicatorKind;
  shareIds: number[];
  /** the months of the year each share's unit reports in, parallel to shareIds */
  months: MonthRange[];
}

export interface ShareStructure {
  /** entryKey(parent, year) → the group */
  groups: Map<number, ShareGroup>;
  /** share indicator id → its province indicator id */
  parentOf: Map<number, number>;
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/**
 * Which indicators are shares of which, in the given years (shares assigned to a unit that year).
 * Rebuilt when the catalogue changes; figures changing leave it as it is.
 */
export function loadShareStructure(client: Database.Database, years: number[]): ShareStructure {
  return incrementalRead(
    client,
    `shares:${years.join(",")}`,
    () => readShareStructure(client, years),
    (previous, changes) => (changes.catalogue ? null : previous),
  );
}

function readShareStructure(client: Database.Database, years: number[]): ShareStructure {
  const rows = statement(
    client,
    `select s.share_of_id, a.year, p.kind, s.id, d.valid_from, d.valid_to, d.valid_from_month, d.valid_to_month
     from indicators s
     join indicator_assignments a on a.indicator_id = s.id
     join indicators p on p.id = s.share_of_id
     join departments d on d.id = a.department_id
     where s.share_of_id is not null and a.year in (${placeholders(years.length)})
     order by s.share_of_id, a.year, s.id`,
  )
    .raw(true)
    .all(...years) as [number, number, IndicatorKind, number, number, number | null, number, number][];
  const groups = new Map<number, ShareGroup>();
  const parentOf = new Map<number, number>();
  for (const [parentId, year, kind, shareId, validFrom, validTo, validFromMonth, validToMonth] of rows) {
    const key = parentId * 10_000 + year;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { parentId, year, kind, shareIds: [], months: [] }));
    group.shareIds.push(shareId);
    group.months.push(unitMonths({ validFrom, validTo, validFromMonth, validToMonth }, year) ?? { from: 1, to: 12 });
    parentOf.set(shareId, parentId);
  }
  return { groups, parentOf };
}
