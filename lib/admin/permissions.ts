import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { planYears, type Role } from "@/db/schema";
import { DomainError } from "@/lib/errors";

/** Roles that may reach the plan-editing mutations; a planner still needs the year's permission. */
export const PLAN_EDITOR_ROLES: readonly Role[] = ["admin", "planner"];

/** Admins always; planners only for a year an admin opened to them ("planners may edit targets and indicators"). */
export function requirePlanEditor(tx: Tx, user: { role: Role }, year: number): void {
  if (user.role === "admin") return;
  const plan = tx.select({ plannersMayEdit: planYears.plannersMayEdit }).from(planYears).where(eq(planYears.year, year)).get();
  if (user.role === "planner" && plan?.plannersMayEdit) return;
  throw new DomainError(403, `Không có quyền sửa kế hoạch năm ${year}: quản trị hệ thống chưa cho phép chuyên viên tổng hợp sửa chỉ tiêu, kế hoạch năm này`);
}
