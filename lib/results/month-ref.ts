import "server-only";
import { z } from "@/lib/validation/zod";
import type { Tx } from "@/db/client";
import { DomainError } from "@/lib/actions/result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canAccessDepartment } from "@/lib/auth/scope";
import { findDepartmentByCode } from "@/lib/catalogue/queries";
import type { SubmissionKey } from "@/lib/entry/save-values";

/** The department-month a result action acts on (as the entry actions name it). */
export const monthRef = z
  .object({
    department: z.string({ message: "Thiếu mã đơn vị" }).min(1, "Thiếu mã đơn vị").max(50, "Mã đơn vị quá dài"),
    year: z.number({ message: "Năm không hợp lệ" }).int("Năm không hợp lệ").min(2000, "Năm không hợp lệ").max(2100, "Năm không hợp lệ"),
    month: z.number({ message: "Tháng phải từ 1 đến 12" }).int("Tháng phải từ 1 đến 12").min(1, "Tháng phải từ 1 đến 12").max(12, "Tháng phải từ 1 đến 12"),
  })
  .strict();

/** Resolves the department inside the transaction and re-checks the user's scope at the data. */
export function scopedKey(tx: Tx, user: CurrentUser, ref: z.infer<typeof monthRef>): SubmissionKey {
  const department = findDepartmentByCode(tx, ref.department);
  if (!department) throw new DomainError(404, `Không có đơn vị mã "${ref.department}"`);
  if (!canAccessDepartment(user, department.id)) throw new DomainError(403, "Không có quyền với số liệu của đơn vị khác");
  return { departmentId: department.id, year: ref.year, month: ref.month };
}
