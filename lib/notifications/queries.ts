import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, planYears, submissions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { notificationsFor, type Notification } from "./compute";

/** The signed-in user's notifications for the open plan years. */
export function userNotifications(db: Db, user: CurrentUser, today = new Date()): Notification[] {
  const department = user.role === "officer" || user.role === "dept_head";
  if (!department && user.role !== "planner" && user.role !== "admin") return [];
  const open = db.select().from(planYears).where(eq(planYears.status, "open")).all();
  if (open.length === 0) return [];
  const facts = db
    .select({
      departmentCode: departments.code,
      departmentName: departments.name,
      year: submissions.year,
      month: submissions.month,
      state: submissions.state,
      returnReason: submissions.returnReason,
      reviewedAt: submissions.reviewedAt,
    })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .where(and(inArray(submissions.year, open.map((p) => p.year)), department ? eq(submissions.departmentId, user.departmentId ?? -1) : undefined))
    .all();
  const calendars = new Map(open.map((p) => [p.year, { cutoffDay: p.cutoffDay, dueDay: p.dueDay }]));
  return notificationsFor(department ? "department" : "province", facts, calendars, today);
}
