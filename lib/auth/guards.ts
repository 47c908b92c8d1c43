import "server-only";
import { notFound, redirect } from "next/navigation";
import { REFUSALS } from "@/lib/errors";
import { currentUser, requestUser, type CurrentUser } from "./current-user";
import { can, type Permission } from "./permissions";
import { canAccessDepartment } from "./scope";

/** For pages: the signed-in user holding the permission (none: any signed-in user), else a redirect to login or the "forbidden" page. */
export async function requirePageUser(permission?: Permission): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (permission && !can(user, permission)) redirect("/forbidden");
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

/** For the JSON API: 401 without a valid session or token, 403 without the permission. */
export async function requireApiUser(request: Pick<Request, "headers">, permission?: Permission): Promise<ApiAuth> {
  const user = await requestUser(request);
  if (!user) return { ok: false, response: jsonError(401, "Chưa đăng nhập hoặc mã truy cập không hợp lệ") };
  if (permission && !can(user, permission)) return { ok: false, response: jsonError(403, REFUSALS.forbidden) };
  return { ok: true, user };
}

export { jsonError };
