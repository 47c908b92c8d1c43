import { ROLES, type Role } from "@/db/schema";

/**
 * The roles, in one place: the list itself is the database's enum (db/schema), everything said
 * about roles is here, and what each role may do is lib/auth/permissions.ts.
 */
export { ROLES, type Role };

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Quản trị hệ thống",
  planner: "Chuyên viên tổng hợp",
  leader: "Lãnh đạo UBND tỉnh",
  dept_head: "Lãnh đạo sở, ngành",
  officer: "Cán bộ nhập liệu",
};

/** Roles that see the whole province. */
export const PROVINCE_ROLES: readonly Role[] = ["admin", "planner", "leader"];

/** Roles of a department (sở, ngành): they belong to one and see only its data. */
export const DEPARTMENT_ROLES: readonly Role[] = ["officer", "dept_head"];

export function isDepartmentRole(role: Role): boolean {
  return DEPARTMENT_ROLES.includes(role);
}
