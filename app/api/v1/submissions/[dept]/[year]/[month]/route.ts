import { getDb } from "@/db/client";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { canAccessDepartment } from "@/lib/auth/scope";
import { findDepartmentByCode } from "@/lib/catalogue/queries";
import { submissionView } from "@/lib/reports/submission-view";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ dept: string; year: string; month: string }> };

/** GET /api/v1/submissions/{deptCode}/{year}/{month}: values, state and history; 403 outside the caller's department. */
export async function GET(_request: Request, { params }: Params) {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const { dept, year: rawYear, month: rawMonth } = await params;
  const year = Number(rawYear);
  const month = Number(rawMonth);
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return jsonError(422, "Năm hoặc tháng không hợp lệ");
  const db = getDb();
  const department = findDepartmentByCode(db, dept);
  if (!department) return jsonError(404, `Không có đơn vị mã "${dept}"`);
  if (!canAccessDepartment(auth.user, department.id)) return jsonError(403, "Không có quyền xem số liệu của đơn vị khác");
  return Response.json({ department: department.code, year, month, ...submissionView(db, department.id, year, month) });
}
