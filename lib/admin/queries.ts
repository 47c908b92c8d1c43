import "server-only";
import { asc, desc, eq, ne, and, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  apiTokens,
  departmentSuccessions,
  departments,
  indicatorAssignments,
  indicators,
  planYears,
  reportSections,
  submissions,
  targets,
  unitReporting,
  users,
  TARGET_SOURCES,
  type TargetSource,
} from "@/db/schema";
import { formatTarget } from "@/lib/catalogue/format";
import { fromScaled } from "@/lib/numbers";
import { validIn } from "./department-successor";

/** Reads of the admin area. */

export function adminPlanYears(db: Db) {
  const years = db.select().from(planYears).orderBy(desc(planYears.year)).all();
  const count = (table: typeof indicatorAssignments | typeof targets, year: number) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(eq(table.year, year))
      .get()!.n;
  return years.map((p) => ({
    ...p,
    indicators: count(indicatorAssignments, p.year),
    targets: count(targets, p.year),
    unapproved: db
      .select({ n: sql<number>`count(*)` })
      .from(submissions)
      .where(and(eq(submissions.year, p.year), ne(submissions.state, "approved")))
      .get()!.n,
  }));
}

/** Whether a planner may edit any year's plan now (shows the planner's navigation entry). */
export function plannersMayEditSomeYear(db: Db): boolean {
  return !!db
    .select({ year: planYears.year })
    .from(planYears)
    .where(and(eq(planYears.plannersMayEdit, true), ne(planYears.status, "closed")))
    .get();
}

export function plannerEditableYears(db: Db): number[] {
  return db
    .select({ year: planYears.year })
    .from(planYears)
    .where(and(eq(planYears.plannersMayEdit, true), ne(planYears.status, "closed")))
    .orderBy(desc(planYears.year))
    .all()
    .map((p) => p.year);
}

export interface SectionNode {
  id: number;
  code: string;
  title: string;
  parentCode: string | null;
  narrativeOnly: boolean;
  depth: number;
  first: boolean;
  last: boolean;
}

/** The report outline in order, flattened with depth. */
export function sectionOutline(db: Db): SectionNode[] {
  const all = db.select().from(reportSections).orderBy(asc(reportSections.sortOrder), asc(reportSections.id)).all();
  const codeOf = new Map(all.map((s) => [s.id, s.code]));
  const out: SectionNode[] = [];
  const walk = (parentId: number | null, depth: number) => {
    const children = all.filter((s) => s.parentId === parentId);
    children.forEach((s, i) => {
      out.push({
        id: s.id,
        code: s.code,
        title: s.title,
        parentCode: s.parentId === null ? null : (codeOf.get(s.parentId) ?? null),
        narrativeOnly: s.narrativeOnly,
        depth,
        first: i === 0,
        last: i === children.length - 1,
      });
      walk(s.id, depth + 1);
    });
  };
  walk(null, 0);
  return out;
}

/**
 * The indicators of a year's plan in outline order. The units' shares of an indicator reported
 * by every unit of a kind (lib/units) come right after their province indicator, in unit order,
 * with `shareOf` its code (pages show them grouped under it, never as indicators of their own).
 */
export function adminIndicators(db: Db, year: number) {
  const position = new Map(sectionOutline(db).map((s, i) => [s.code, i]));
  const all = db
    .select({
      id: indicators.id,
      shareOfId: indicators.shareOfId,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      kind: indicators.kind,
      department: departments.code,
      departmentName: departments.shortName,
      departmentKind: departments.kind,
      section: reportSections.code,
      parentId: indicators.parentId,
    })
    .from(indicatorAssignments)
    .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
    .innerJoin(departments, eq(departments.id, indicatorAssignments.departmentId))
    .leftJoin(reportSections, eq(reportSections.id, indicators.sectionId))
    .where(eq(indicatorAssignments.year, year))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const codeOf = new Map(all.map((r) => [r.id, r.code]));
  const sharesOf = new Map<number, typeof all>();
  for (const r of all) if (r.shareOfId !== null) sharesOf.set(r.shareOfId, [...(sharesOf.get(r.shareOfId) ?? []), r]);
  // Outline order of the sections (stable sort keeps the indicators' own order inside a section).
  const province = all
    .filter((r) => r.shareOfId === null)
    .sort(
      (a, b) =>
        (a.section === null ? -1 : (position.get(a.section) ?? 0)) -
        (b.section === null ? -1 : (position.get(b.section) ?? 0)),
    );
  const row = (r: (typeof all)[number]) => ({
    ...r,
    shareOf: r.shareOfId === null ? null : (codeOf.get(r.shareOfId) ?? null),
    shares: sharesOf.get(r.id)?.length ?? 0,
  });
  return province.flatMap((r) => [
    row(r),
    ...(sharesOf.get(r.id) ?? []).sort((a, b) => a.departmentName.localeCompare(b.departmentName, "vi")).map(row),
  ]);
}

export function indicatorDetail(db: Db, code: string) {
  const row = db.select().from(indicators).where(eq(indicators.code, code)).get();
  if (!row) return null;
  const parent =
    row.parentId === null
      ? null
      : db.select({ code: indicators.code }).from(indicators).where(eq(indicators.id, row.parentId)).get();
  const shareOf =
    row.shareOfId === null
      ? null
      : db.select({ code: indicators.code }).from(indicators).where(eq(indicators.id, row.shareOfId)).get();
  const section =
    row.sectionId === null
      ? null
      : db.select({ code: reportSections.code }).from(reportSections).where(eq(reportSections.id, row.sectionId)).get();
  const plans = db
    .select({
      year: indicatorAssignments.year,
      department: departments.code,
      departmentName: departments.name,
      status: planYears.status,
      plannersMayEdit: planYears.plannersMayEdit,
    })
    .from(indicatorAssignments)
    .innerJoin(departments, eq(departments.id, indicatorAssignments.departmentId))
    .innerJoin(planYears, eq(planYears.year, indicatorAssignments.year))
    .where(eq(indicatorAssignments.indicatorId, row.id))
    .orderBy(asc(indicatorAssignments.year))
    .all();
  const valueCount = db
    .select({ n: sql<number>`count(*)` })
    .from(sql`indicator_values`)
    .where(sql`indicator_id = ${row.id}`)
    .get()!.n;
  return {
    ...row,
    parentCode: parent?.code ?? "",
    sectionCode: section?.code ?? "",
    shareOfCode: shareOf?.code ?? null,
    plans,
    valueCount,
  };
}

/**
 * How an indicator is reported by units (lib/units): per year it is reported by every unit of a
 * kind, that kind and the units holding a share; for a share, its province indicator and unit.
 */
export function unitReportingOf(db: Db, indicatorId: number) {
  const years = db
    .select({ year: unitReporting.year, kind: unitReporting.unitKind })
    .from(unitReporting)
    .where(eq(unitReporting.indicatorId, indicatorId))
    .orderBy(asc(unitReporting.year))
    .all();
  const shares = db
    .select({ year: indicatorAssignments.year, code: indicators.code, unit: departments.name })
    .from(indicators)
    .innerJoin(indicatorAssignments, eq(indicatorAssignments.indicatorId, indicators.id))
    .innerJoin(departments, eq(departments.id, indicatorAssignments.departmentId))
    .where(eq(indicators.shareOfId, indicatorId))
    .orderBy(asc(departments.name))
    .all();
  return years.map((y) => ({ ...y, shares: shares.filter((s) => s.year === y.year) }));
}

export type TargetCell = { text: string; version: number };

/** The targets grid of a year: every indicator in the plan with the text of each source's target. */
export function targetGrid(db: Db, year: number) {
  const rows = adminIndicators(db, year);
  const stored = db
    .select({
      code: indicators.code,
      source: targets.source,
      value: targets.value,
      min: targets.min,
      max: targets.max,
      version: targets.version,
    })
    .from(targets)
    .innerJoin(indicators, eq(indicators.id, targets.indicatorId))
    .where(eq(targets.year, year))
    .all();
  const cells = new Map(stored.map((t) => [`${t.code}:${t.source}`, t]));
  const plain = (v: number | null) => (v === null ? null : fromScaled(v));
  return rows.map((r) => ({
    ...r,
    cells: Object.fromEntries(
      TARGET_SOURCES.map((source) => {
        const t = cells.get(`${r.code}:${source}`);
        const text = t ? formatTarget({ source, value: plain(t.value), min: plain(t.min), max: plain(t.max) }) : "";
        return [source, { text, version: t?.version ?? 0 } satisfies TargetCell];
      }),
    ) as Record<TargetSource, TargetCell>,
  }));
}

/**
 * Every reporting unit (or those valid in `year`) with what it merged into, its users and the
 * units it carries on (successions: predecessors with the first year it carries their work).
 */
export function adminDepartments(db: Db, year?: number) {
  const all = db.select().from(departments).orderBy(asc(departments.id)).all();
  const codeOf = new Map(all.map((d) => [d.id, d.code]));
  const predecessors = new Map<number, { code: string; fromYear: number }[]>();
  for (const s of db
    .select()
    .from(departmentSuccessions)
    .orderBy(asc(departmentSuccessions.fromYear), asc(departmentSuccessions.predecessorId))
    .all())
    predecessors.set(s.successorId, [
      ...(predecessors.get(s.successorId) ?? []),
      { code: codeOf.get(s.predecessorId) ?? String(s.predecessorId), fromYear: s.fromYear },
    ]);
  const userCounts = new Map(
    db
      .select({ id: users.departmentId, n: sql<number>`count(*)` })
      .from(users)
      .groupBy(users.departmentId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return all
    .filter((d) => year === undefined || validIn(d, year))
    .map((d) => ({
      ...d,
      mergedInto: d.mergedIntoId === null ? null : (codeOf.get(d.mergedIntoId) ?? null),
      users: userCounts.get(d.id) ?? 0,
      predecessors: predecessors.get(d.id) ?? [],
    }));
}

export function adminUsers(db: Db) {
  return db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      active: users.active,
      email: users.email,
      department: departments.code,
      departmentName: departments.name,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .orderBy(asc(users.id))
    .all();
}

export function adminTokens(db: Db) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      username: users.username,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.id))
    .all();
}
