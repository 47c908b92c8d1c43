import "server-only";
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, departments, indicators, reportSections, submissions, users } from "@/db/schema";
import { actorText, describeAudit, type AuditNames, type AuditPhrase } from "./phrases";

/** The audit log page's reads: the latest entries, filtered, each in words. */

export interface AuditFilter {
  /** the actor's username */
  user?: string;
  limit?: number;
}

export interface AuditLine {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  username: string | null;
  phrase: AuditPhrase;
}

export function auditLines(db: Db, filter: AuditFilter = {}): AuditLine[] {
  const where: SQL[] = [];
  if (filter.user) where.push(eq(users.username, filter.user));
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      reason: auditLog.reason,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      departmentId: users.departmentId,
      departmentName: departments.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 200)
    .all();
  const names = auditNames(db, rows);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
    reason: r.reason,
    username: r.username,
    phrase: describeAudit(
      r,
      r.fullName !== null && r.role !== null
        ? { fullName: r.fullName, role: r.role, departmentId: r.departmentId, departmentName: r.departmentName }
        : null,
      names,
    ),
  }));
}

/** The names the entries' codes and ids stand for: the catalogue, departments, users, and the submissions named. */
function auditNames(db: Db, rows: { entity: string; entityId: string }[]): AuditNames {
  const indicatorRows = db
    .select({ code: indicators.code, name: indicators.name, unit: indicators.unit, precision: indicators.precision })
    .from(indicators)
    .all();
  const byCode = new Map(indicatorRows.map((i) => [i.code, i]));
  const departmentRows = db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .all();
  const departmentById = new Map(departmentRows.map((d) => [d.id, d.name]));
  const departmentByCode = new Map(departmentRows.map((d) => [d.code, d.name]));
  const userRows = db.select({ id: users.id, username: users.username, fullName: users.fullName }).from(users).all();
  const userById = new Map(userRows.map((u) => [u.id, u]));
  const sectionRows = db.select({ code: reportSections.code, title: reportSections.title }).from(reportSections).all();
  const sectionByCode = new Map(sectionRows.map((s) => [s.code, s.title]));
  const submissionIds = [
    ...new Set(rows.filter((r) => r.entity === "submission").map((r) => Number(r.entityId))),
  ].filter(Number.isInteger);
  const submissionById = new Map(
    (submissionIds.length
      ? db
          .select({
            id: submissions.id,
            departmentId: submissions.departmentId,
            year: submissions.year,
            month: submissions.month,
          })
          .from(submissions)
          .where(inArray(submissions.id, submissionIds))
          .all()
      : []
    ).map((s) => [s.id, s]),
  );
  return {
    indicator: (code) => byCode.get(code),
    department: (ref) => (typeof ref === "number" ? departmentById.get(ref) : departmentByCode.get(ref)),
    user: (id) => userById.get(id),
    submission: (id) => submissionById.get(id),
    section: (code) => sectionByCode.get(code),
  };
}

/** The users who appear in the log, for the page's filter: "Nguyễn Văn A (Sở Công Thương)" by username. */
export function auditUsers(db: Db): { username: string; label: string }[] {
  return db
    .selectDistinct({
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      departmentId: users.departmentId,
      departmentName: departments.name,
    })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .orderBy(users.username)
    .all()
    .map((u) => ({ username: u.username, label: `${actorText(u)} · ${u.username}` }));
}
