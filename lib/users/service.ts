import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { isDepartmentRole } from "@/lib/auth/roles";
import type { CreateUserInput } from "./schemas";

export function createUser(tx: Tx, actorId: number | null, input: CreateUserInput): { id: number } {
  const problem = passwordProblem(input.password);
  if (problem) throw new DomainError(422, problem, { password: problem });
  if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
    throw new DomainError(409, `Tên đăng nhập "${input.username}" đã tồn tại`, { username: "Tên đăng nhập đã tồn tại" });
  }
  let departmentId: number | null = null;
  if (input.department) {
    const dept = tx.select().from(departments).where(eq(departments.code, input.department)).get();
    if (!dept) throw new DomainError(422, `Không có đơn vị mã "${input.department}"`, { department: "Đơn vị không tồn tại" });
    departmentId = dept.id;
  }
  if (isDepartmentRole(input.role) && departmentId === null) {
    throw new DomainError(422, "Cán bộ và lãnh đạo sở, ngành phải thuộc một đơn vị", { department: "Chọn đơn vị" });
  }
  const row = tx
    .insert(users)
    .values({ username: input.username, fullName: input.fullName, role: input.role, departmentId, passwordHash: hashPassword(input.password) })
    .returning({ id: users.id })
    .get();
  writeAudit(tx, { userId: actorId, action: "user_create", entity: "user", entityId: row.id, after: { username: input.username, role: input.role, departmentId } });
  return row;
}

export function setUserActive(tx: Tx, actorId: number | null, userId: number, active: boolean): void {
  const before = tx.select({ id: users.id, active: users.active, username: users.username }).from(users).where(eq(users.id, userId)).get();
  if (!before) throw new DomainError(404, "Không tìm thấy người dùng");
  if (actorId === userId && !active) throw new DomainError(422, "Không thể tự vô hiệu hóa tài khoản của mình");
  tx.update(users).set({ active }).where(eq(users.id, userId)).run();
  writeAudit(tx, { userId: actorId, action: active ? "user_enable" : "user_disable", entity: "user", entityId: userId, before: { active: before.active }, after: { active } });
}

export function setUserPassword(tx: Tx, actorId: number | null, username: string, password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError(422, problem, { password: problem });
  const user = tx.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
  if (!user) throw new DomainError(404, `Không tìm thấy người dùng "${username}"`);
  tx.update(users).set({ passwordHash: hashPassword(password) }).where(eq(users.id, user.id)).run();
  writeAudit(tx, { userId: actorId, action: "user_password", entity: "user", entityId: user.id });
}
