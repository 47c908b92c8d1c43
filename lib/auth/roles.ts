import { DEPARTMENT_ROLES, ROLES, type Role } from "@/db/schema/vocabulary";

/**
 * The roles, in one place: the list itself is the database's enum (db/schema), everything said
 * about roles is here (their Vietnamese labels: lib/vocabulary/labels.ts), and what each role
 * may do is lib/auth/permissions.ts.
 */
export { DEPARTMENT_ROLES, ROLES, type Role };

/** Roles that see the whole province. */
export const PROVINCE_ROLES: readonly Role[] = ["admin", "planner", "leader"];

export function isDepartmentRole(role: Role): boolean {
  return DEPARTMENT_ROLES.includes(role);
}
