import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { departments, indicatorAssignments, indicators, planYears, reportSections, targets } from "@/db/schema";
import { fromScaled } from "@/lib/numbers";
import type { Target } from "@/lib/rollup";

export interface CatalogueIndicator {
  id: number;
  code: string;
  name: string;
  sentenceName: string | null;
  unit: string;
  kind: "cumulative" | "point" | "rate";
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
  changeStyle: "change" | "ratio";
  direction: "up" | "down";
  sentenceTemplate: string | null;
  targets: Target[];
}

export function listPlanYears(db: Db) {
  return db.select().from(planYears).orderBy(asc(planYears.year)).all();
}

/** The latest plan year, the default for pages without a year. */
export function defaultPlanYear(db: Db): number {
  const years = listPlanYears(db);
  return years.at(-1)?.year ?? new Date().getFullYear();
}

/** The indicators in a year's plan (those with a responsible department that year), optionally one department's. */
export function listIndicatorsForYear(db: Db, year: number, departmentId?: number): CatalogueIndicator[] {
  const parent = alias(indicators, "parent");
  const rows = db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      sentenceName: indicators.sentenceName,
      unit: indicators.unit,
      kind: indicators.kind,
      parentId: indicators.parentId,
      parentCode: parent.code,
      sectionCode: reportSections.code,
      sectionTitle: reportSections.title,
      sectionOrder: reportSections.id,
      departmentId: departments.id,
      departmentCode: departments.code,
      departmentName: departments.name,
      precision: indicators.precision,
      pctPrecision: indicators.pctPrecision,
      changePrecision: indicators.changePrecision,
      changeStyle: indicators.changeStyle,
      direction: indicators.direction,
      sentenceTemplate: indicators.sentenceTemplate,
    })
    .from(indicatorAssignments)
    .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
    .innerJoin(departments, eq(departments.id, indicatorAssignments.departmentId))
    .leftJoin(reportSections, eq(reportSections.id, indicators.sectionId))
    .leftJoin(parent, eq(parent.id, indicators.parentId))
    .where(and(eq(indicatorAssignments.year, year), departmentId === undefined ? undefined : eq(indicatorAssignments.departmentId, departmentId)))
    .orderBy(asc(reportSections.id), asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const ids = rows.map((r) => r.id);
  const targetRows = ids.length
    ? db.select().from(targets).where(and(eq(targets.year, year), inArray(targets.indicatorId, ids))).all()
    : [];
  const byIndicator = new Map<number, Target[]>();
  for (const t of targetRows) {
    const list = byIndicator.get(t.indicatorId) ?? [];
    list.push({
      source: t.source,
      value: t.value === null ? null : fromScaled(t.value),
      min: t.min === null ? null : fromScaled(t.min),
      max: t.max === null ? null : fromScaled(t.max),
    });
    byIndicator.set(t.indicatorId, list);
  }
  return rows.map(({ sectionOrder: _order, ...r }) => ({ ...r, targets: byIndicator.get(r.id) ?? [] }));
}

export function findDepartmentByCode(db: Db, code: string) {
  return db.select().from(departments).where(eq(departments.code, code)).get();
}

export function listDepartmentsForYear(db: Db, year: number) {
  return db
    .select()
    .from(departments)
    .all()
    .filter((d) => d.validFrom <= year && (d.validTo === null || d.validTo >= year));
}
