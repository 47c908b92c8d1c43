import type { Db, Tx } from "@/db/client";
import { requireVisiblePlanYear } from "@/lib/auth/plan-years";
import type { ScopedUser } from "@/lib/auth/scope";
import { canAccessDepartment } from "@/lib/auth/scope";
import { findDepartmentByCode, type DepartmentRow } from "@/lib/catalogue/queries";
import { DomainError, REFUSALS } from "@/lib/errors";
import type { SubmissionRef } from "@/lib/validation/common";
import type { SubmissionKey } from "./save-values";

export type ResolvedSubmission = SubmissionKey & { department: DepartmentRow };

/**
 * A department's month for a user, the one place both the server actions and the API find it:
 * 404 for an unknown department, 403 for another department than a department user's own,
 * 404 for a year without a plan the user may see (a year in preparation, to those who may not edit it).
 */
export function resolveSubmission(db: Db | Tx, user: ScopedUser, ref: SubmissionRef): ResolvedSubmission {
  const department = findDepartmentByCode(db, ref.department);
  if (!department) throw new DomainError(404, `Không có đơn vị mã "${ref.department}"`);
  if (!canAccessDepartment(user, department.id)) throw new DomainError(403, REFUSALS.otherDepartment);
  requireVisiblePlanYear(db, user, ref.year);
  return { departmentId: department.id, year: ref.year, month: ref.month, department };
}
