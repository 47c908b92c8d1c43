import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { planYears } from "@/db/schema";
import { canEditPlanYear, type PermissionHolder } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";

/** Refuses (403) a plan change of `year` by someone who may not edit that year's plan (canEditPlanYear: admins; planners where an admin allowed them). */
export function requirePlanEditor(tx: Tx, user: PermissionHolder, year: number): void {
  const plan = tx
    .select({ plannersMayEdit: planYears.plannersMayEdit })
    .from(planYears)
    .where(eq(planYears.year, year))
    .get();
  if (canEditPlanYear(user, plan)) return;
  throw new DomainError(
    403,
    `Không có quyền sửa kế hoạch năm ${year}: quản trị hệ thống chưa cho phép chuyên viên tổng hợp sửa chỉ tiêu, kế hoạch năm này`,
  );
}
