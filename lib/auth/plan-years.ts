import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { rawClient } from "@/db/raw";
import { cachedRead } from "@/db/read-cache";
import { indicatorAssignments, planYears } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { canSeePlanYear, type PermissionHolder } from "./permissions";

export type PlanYearRow = typeof planYears.$inferSelect;

/**
 * Where pages, API reads and commands find a plan year for a user, through the one rule
 * `canSeePlanYear` (lib/auth/permissions.ts): a year in preparation is there only for those
 * who may edit it, and for everyone else it is answered exactly like a year without a plan.
 */

/**
 * Every plan year, oldest first, read once per database change (db/read-cache.ts: exact, also
 * inside a transaction): every page and API read asks for it, and building the query anew cost
 * the report API a twentieth of its CPU.
 */
function planYearRows(db: Db | Tx): readonly PlanYearRow[] {
  return cachedRead(rawClient(db), "plan-years", () => db.select().from(planYears).orderBy(asc(planYears.year)).all());
}

/** The plan years the user may see, oldest first: what year pickers and period choosers list. */
export function visiblePlanYears(db: Db | Tx, user: PermissionHolder): PlanYearRow[] {
  return planYearRows(db).filter((plan) => canSeePlanYear(user, plan));
}

/** The year's plan if the user may see it, else undefined (no plan, or one in preparation they may not edit). */
export function visiblePlanYear(db: Db | Tx, user: PermissionHolder, year: number): PlanYearRow | undefined {
  const plan = planYearRows(db).find((row) => row.year === year);
  return canSeePlanYear(user, plan) ? plan : undefined;
}

export const noPlanYearMessage = (year: number) => `Chưa có kế hoạch năm ${year}`;

/** The year's plan for the user, or 404 "Chưa có kế hoạch năm …", the same answer as for a year that does not exist. */
export function requireVisiblePlanYear(db: Db | Tx, user: PermissionHolder, year: number): PlanYearRow {
  const plan = visiblePlanYear(db, user, year);
  if (!plan) throw new DomainError(404, noPlanYearMessage(year));
  return plan;
}

/** Whether an indicator exists for the user: it is in the plan of a year they may see, or in no year's plan (an indicator only in a year in preparation is not there for others). */
export function seesIndicator(db: Db | Tx, user: PermissionHolder, indicatorId: number): boolean {
  const plans = db
    .select({ status: planYears.status, plannersMayEdit: planYears.plannersMayEdit })
    .from(indicatorAssignments)
    .innerJoin(planYears, eq(planYears.year, indicatorAssignments.year))
    .where(eq(indicatorAssignments.indicatorId, indicatorId))
    .all();
  return plans.length === 0 || plans.some((plan) => canSeePlanYear(user, plan));
}
