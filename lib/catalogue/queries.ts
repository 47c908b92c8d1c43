import type { UnitKind } from "@/db/schema/vocabulary";
import "server-only";
import { asc, ne } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import type Database from "better-sqlite3";
import { rawClient, statement } from "@/db/raw";
import { incrementalRead } from "@/db/read-cache";
import { departments, planYears, type ChangeStyle, type IndicatorKind } from "@/db/schema";
import { fromScaled } from "@/lib/numbers";
import { OUTLINE_CTE } from "./outline";
import type { Target } from "@/lib/rollup";

export interface CatalogueIndicator {
  id: number;
  code: string;
  name: string;
  sentenceName: string | null;
  unit: string;
  kind: IndicatorKind;
  parentId: number | null;
  parentCode: string | null;
  sectionCode: string | null;
  sectionTitle: string | null;
  departmentId: number;
  departmentCode: string;
  departmentName: string;
  precision: number;
  pctPrecision: number;
  changePrecision: number;
  changeStyle: ChangeStyle;
  direction: "up" | "down";
  sentenceTemplate: string | null;
  targets: Target[];
}

/** The plan years departments and readers see: open and closed ones (a year in preparation shows only in the admin area). */
export function listPlanYears(db: Db) {
  return db.select().from(planYears).where(ne(planYears.status, "draft")).orderBy(asc(planYears.year)).all();
}

/** The latest plan year, the default for pages without a year. */
export function defaultPlanYear(db: Db): number {
  const years = listPlanYears(db);
  return years.at(-1)?.year ?? new Date().getFullYear();
}

const CATALOGUE_SQL = `${OUTLINE_CTE}
  select i.id, i.code, i.name, i.sentence_name as sentenceName, i.unit, i.kind, i.parent_id as parentId, p.code as parentCode,
         s.code as sectionCode, s.title as sectionTitle, d.id as departmentId, d.code as departmentCode, d.name as departmentName,
         i.precision, i.pct_precision as pctPrecision, i.change_precision as changePrecision, i.change_style as changeStyle,
         i.direction, i.sentence_template as sentenceTemplate
  from indicator_assignments a
  join indicators i on i.id = a.indicator_id
  join departments d on d.id = a.department_id
  left join report_sections s on s.id = i.section_id
  left join outline o on o.id = s.id
  left join indicators p on p.id = i.parent_id
  where a.year = ? and (? is null and i.share_of_id is null or a.department_id = ?)
  order by o.path, i.sort_order, i.id`;

const TARGETS_SQL = `
  select t.indicator_id, t.source, t.value, t.min, t.max
  from targets t join indicator_assignments a on a.indicator_id = t.indicator_id and a.year = t.year
  where t.year = ? and (? is null or a.department_id = ?)`;

const plainOrNull = (v: number | null) => (v === null ? null : fromScaled(v));

/**
 * The indicators in a year's plan (those with a responsible unit that year), optionally one
 * unit's. The province's list leaves out the units' shares of an indicator reported by every
 * unit of a kind (lib/units): the province indicator stands for them. Cached statements: every
 * report starts here.
 */
export function listIndicatorsForYear(db: Db, year: number, departmentId?: number): CatalogueIndicator[] {
  const client = rawClient(db);
  return incrementalRead(
    client,
    `catalogue:${year}:${departmentId ?? "all"}`,
    () => readCatalogue(client, year, departmentId ?? null),
    (previous, changes) => (changes.catalogue ? null : previous),
  );
}

function readCatalogue(client: Database.Database, year: number, dept: number | null): CatalogueIndicator[] {
  const rows = statement(client, CATALOGUE_SQL).all(year, dept, dept) as Omit<CatalogueIndicator, "targets">[];
  const byIndicator = new Map<number, Target[]>();
  for (const [indicatorId, source, value, min, max] of statement(client, TARGETS_SQL)
    .raw(true)
    .all(year, dept, dept) as [number, Target["source"], number | null, number | null, number | null][]) {
    let list = byIndicator.get(indicatorId);
    if (!list) {
      list = [];
      byIndicator.set(indicatorId, list);
    }
    list.push({ source, value: plainOrNull(value), min: plainOrNull(min), max: plainOrNull(max) });
  }
  return rows.map((r) => ({ ...r, targets: byIndicator.get(r.id) ?? [] }));
}

export interface DepartmentRow {
  id: number;
  code: string;
  name: string;
  shortName: string;
  validFrom: number;
  validTo: number | null;
  validFromMonth: number;
  validToMonth: number;
  mergedIntoId: number | null;
  kind: UnitKind;
}

export function findDepartmentByCode(db: Db | Tx, code: string): DepartmentRow | undefined {
  return statement(
    rawClient(db),
    "select id, code, name, short_name as shortName, valid_from as validFrom, valid_to as validTo, valid_from_month as validFromMonth, valid_to_month as validToMonth, merged_into_id as mergedIntoId, kind from departments where code = ?",
  ).get(code) as DepartmentRow | undefined;
}

export function listDepartmentsForYear(db: Db, year: number) {
  return db
    .select()
    .from(departments)
    .all()
    .filter((d) => d.validFrom <= year && (d.validTo === null || d.validTo >= year));
}
