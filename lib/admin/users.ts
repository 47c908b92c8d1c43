import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { can } from "@/lib/auth/permissions";
import { isDepartmentRole } from "@/lib/auth/roles";
import { departmentByCode } from "./lookups";

function userById(tx: Tx, userId: number) {
  const row = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!row) throw new DomainError(404, "Không tìm thấy người dùng");
  return row;
}

/** Sets a user's role and department; officers and department heads need a department. Takes effect on their next request. */
export function updateUserRole(tx: Tx, actorId: number, input: { userId: number; role: Role; department: string }) {
  const row = userById(tx, input.userId);
  if (row.id === actorId && !can({ role: input.role }, "users.manage")) throw new DomainError(422, "Không thể tự bỏ quyền quản trị của mình", { role: "Không thể tự bỏ quyền quản trị" });
  const department = input.department ? departmentByCode(tx, input.department) : null;
  if (isDepartmentRole(input.role) && !department) throw new DomainError(422, "Cán bộ và lãnh đạo sở, ngành phải thuộc một đơn vị", { department: "Chọn đơn vị" });
  tx.update(users).set({ role: input.role, departmentId: department?.id ?? null }).where(eq(users.id, row.id)).run();
  writeAudit(tx, { userId: actorId, action: "user_update", entity: "user", entityId: row.id, before: { role: row.role, departmentId: row.departmentId }, after: { role: input.role, departmentId: department?.id ?? null } });
  return { userId: row.id, role: input.role, department: department?.code ?? null };
}

/** Sets a new password an admin gives the user (the password itself is never audited). */
export function resetUserPassword(tx: Tx, actorId: number, input: { userId: number; password: string }) {
  const row = userById(tx, input.userId);
  const problem = passwordProblem(input.password);
  if (problem) throw new DomainError(422, problem, { password: problem });
  tx.update(users).set({ passwordHash: hashPassword(input.password) }).where(eq(users.id, row.id)).run();
  writeAudit(tx, { userId: actorId, action: "user_password_reset", entity: "user", entityId: row.id, after: { username: row.username } });
  return { userId: row.id };
}
