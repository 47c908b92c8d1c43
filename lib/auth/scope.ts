import type { Role } from "@/db/schema";
import { PROVINCE_ROLES } from "./roles";

export interface ScopedUser {
  role: Role;
  departmentId: number | null;
}

export function seesWholeProvince(user: ScopedUser): boolean {
  return PROVINCE_ROLES.includes(user.role);
}

/** Officers and department heads see only their own department; planners, leaders and admins see all. */
export function canAccessDepartment(user: ScopedUser, departmentId: number): boolean {
  return seesWholeProvince(user) || (user.departmentId !== null && user.departmentId === departmentId);
}
