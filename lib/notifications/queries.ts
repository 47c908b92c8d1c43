import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, planYears, submissions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isDepartmentRole } from "@/lib/auth/roles";
import { rawClient } from "@/db/raw";
import type { PlanCalendar } from "@/lib/periods";
import { cachedRead } from "@/db/read-cache";
import { notificationsFor, type Notification } from "./compute";

/**
 * The signed-in user's notifications for the open plan years. The layout asks on every page,
 * so the submissions behind them are read once per data change (the exact read cache).
 */
export function userNotifications(db: Db, user: CurrentUser, today = new Date()): Notification[] {
  if (!can(user, "notifications.view")) return [];
  const department = isDepartmentRole(user.role);
  const scope = department ? (user.departmentId ?? -1) : null;
  const { facts, calendars } = cachedRead(rawClient(db), `notifications:${scope ?? "province"}`, () =>
    readFacts(db, scope),
  );
  return notificationsFor(department ? "department" : "province", facts, calendars, today, {
    sends: can(user, "submission.submit"),
  });
}

function readFacts(db: Db, departmentId: number | null) {
  const open = db.select().from(planYears).where(eq(planYears.status, "open")).all();
  if (open.length === 0) return { facts: [], calendars: new Map<number, PlanCalendar>() };
  const facts = db
    .select({
      departmentCode: departments.code,
      departmentName: departments.name,
      year: submissions.year,
      month: submissions.month,
      state: submissions.state,
      returnReason: submissions.returnReason,
      reviewedAt: submissions.reviewedAt,
      readyAt: submissions.readyAt,
    })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .where(
      and(
        inArray(
          submissions.year,
          open.map((p) => p.year),
        ),
        departmentId === null ? undefined : eq(submissions.departmentId, departmentId),
      ),
    )
    .all();
  return { facts, calendars: new Map(open.map((p) => [p.year, { cutoffDay: p.cutoffDay, dueDay: p.dueDay }])) };
}
