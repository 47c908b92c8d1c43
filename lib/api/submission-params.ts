import "server-only";
import { getDb } from "@/db/client";
import { DomainError } from "@/lib/errors";
import { canAccessDepartment } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/current-user";
import { findDepartmentByCode, type DepartmentRow } from "@/lib/catalogue/queries";
import type { SubmissionKey } from "@/lib/entry/save-values";

export type SubmissionParams = { params: Promise<{ dept: string; year: string; month: string }> };

/** Resolves /submissions/{dept}/{year}/{month} for a user: 404 unknown department, 403 outside scope, 422 bad year or month. */
export async function submissionKeyFor(user: CurrentUser, params: SubmissionParams["params"]): Promise<SubmissionKey & { department: DepartmentRow }> {
  const { dept, year: rawYear, month: rawMonth } = await params;
  const year = Number(rawYear);
  const month = Number(rawMonth);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new DomainError(422, "Năm không hợp lệ");
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new DomainError(422, "Tháng phải từ 1 đến 12");
  const department = findDepartmentByCode(getDb(), dept);
  if (!department) throw new DomainError(404, `Không có đơn vị mã "${dept}"`);
  if (!canAccessDepartment(user, department.id)) throw new DomainError(403, "Không có quyền với số liệu của đơn vị khác");
  return { departmentId: department.id, year, month, department };
}
