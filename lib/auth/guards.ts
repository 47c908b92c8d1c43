import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import { currentUser, requestUser, type CurrentUser } from "./current-user";
import { canAccessDepartment, hasRole } from "./scope";

/** For pages: the signed-in user with one of the roles, else a redirect to login or the "forbidden" page. */
export async function requirePageUser(roles?: readonly Role[]): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (roles && !hasRole(user, roles)) redirect("/forbidden");
  return user;
}

export function requireDepartmentAccess(user: CurrentUser, departmentId: number | undefined): void {
  if (departmentId === undefined) notFound();
  if (!canAccessDepartment(user, departmentId)) redirect("/forbidden");
}

export type ApiAuth = { ok: true; user: CurrentUser } | { ok: false; response: Response };

function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status });
}

/** For the JSON API: 401 without a valid session or token, 403 for a role not allowed. */
export async function requireApiUser(request: Pick<Request, "headers">, roles?: readonly Role[]): Promise<ApiAuth> {
  const user = await requestUser(request);
  if (!user) return { ok: false, response: jsonError(401, "Chưa đăng nhập hoặc mã truy cập không hợp lệ") };
  if (roles && !hasRole(user, roles)) return { ok: false, response: jsonError(403, "Không có quyền thực hiện thao tác này") };
  return { ok: true, user };
}

export { jsonError };
