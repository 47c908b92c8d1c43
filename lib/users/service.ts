import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, users, DEPARTMENT_ROLES, type Role } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/session-version";
import { unlockUsername } from "@/lib/auth/throttle";
import type { CreateUserInput, UpdateUserInput } from "./schemas";

/**
 * User management, the one place that writes users: the admin pages, the API and the
 * operator CLI call these inside their transaction; each writes its audit entry.
 */

/** A user named by id (the admin pages) or by username (the CLI). */
export type UserRef = { userId: number } | { username: string };

function findUser(tx: Tx, ref: UserRef) {
  const row =
    "userId" in ref
      ? tx.select().from(users).where(eq(users.id, ref.userId)).get()
      : tx.select().from(users).where(eq(users.username, ref.username)).get();
  if (!row)
    throw new DomainError(
      404,
      "userId" in ref ? "Không tìm thấy người dùng" : `Không tìm thấy người dùng "${ref.username}"`,
    );
  return row;
}

/** The department a user of this role belongs to: required for department roles, by code. */
function departmentFor(tx: Tx, role: Role, code: string | undefined): { id: number; code: string } | null {
  let department: { id: number; code: string } | null = null;
  if (code) {
    department =
      tx
        .select({ id: departments.id, code: departments.code })
        .from(departments)
        .where(eq(departments.code, code))
        .get() ?? null;
    if (!department)
      throw new DomainError(422, `Không có đơn vị mã "${code}"`, { department: `Không có đơn vị mã "${code}"` });
  }
  if (DEPARTMENT_ROLES.includes(role) && !department)
    throw new DomainError(422, "Cán bộ và lãnh đạo sở, ngành phải thuộc một đơn vị", { department: "Chọn đơn vị" });
  return department;
}

/** Refuses a password the policy refuses (lib/auth/password-policy.ts), naming the field it came in. */
export function requireStrongPassword(password: string, field = "password"): void {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError(422, problem, { [field]: problem });
}

export function createUser(tx: Tx, actorId: number | null, input: CreateUserInput): { id: number } {
  requireStrongPassword(input.password);
  if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
    throw new DomainError(409, `Tên đăng nhập "${input.username}" đã tồn tại`, {
      username: "Tên đăng nhập đã tồn tại",
    });
  }
  const departmentId = departmentFor(tx, input.role, input.department)?.id ?? null;
  const row = tx
    .insert(users)
    .values({
      username: input.username,
      fullName: input.fullName,
      role: input.role,
      departmentId,
      email: input.email || null,
      passwordHash: hashPassword(input.password),
    })
    .returning({ id: users.id })
    .get();
  writeAudit(tx, {
    userId: actorId,
    action: "user_create",
    entity: "user",
    entityId: row.id,
    after: { username: input.username, role: input.role, departmentId, email: input.email || null },
  });
  return row;
}

/** Disables or enables a user; a disabled user is out on their next request, and enabled again starts with no session. */
export function setUserActive(tx: Tx, actorId: number | null, userId: number, active: boolean): void {
  const before = findUser(tx, { userId });
  if (actorId === userId && !active) throw new DomainError(422, "Không thể tự vô hiệu hóa tài khoản của mình");
  tx.update(users).set({ active }).where(eq(users.id, userId)).run();
  if (!active) endSessions(tx, userId);
  writeAudit(tx, {
    userId: actorId,
    action: active ? "user_enable" : "user_disable",
    entity: "user",
    entityId: userId,
    before: { active: before.active },
    after: { active },
  });
}

/**
 * Sets a user's role, department and e-mail address; officers and department heads need a
 * department. Takes effect on their next request: a new role or department ends the user's
 * sessions (they sign in again as what they are now).
 */
export function updateUserRole(tx: Tx, actorId: number, input: UpdateUserInput) {
  const row = findUser(tx, { userId: input.userId });
  if (row.id === actorId && input.role !== "admin")
    throw new DomainError(422, "Không thể tự bỏ quyền quản trị của mình", { role: "Không thể tự bỏ quyền quản trị" });
  const department = departmentFor(tx, input.role, input.department);
  const email = input.email === undefined ? row.email : input.email || null;
  tx.update(users)
    .set({ role: input.role, departmentId: department?.id ?? null, email })
    .where(eq(users.id, row.id))
    .run();
  if (row.role !== input.role || row.departmentId !== (department?.id ?? null)) endSessions(tx, row.id);
  writeAudit(tx, {
    userId: actorId,
    action: "user_update",
    entity: "user",
    entityId: row.id,
    before: { role: row.role, departmentId: row.departmentId, email: row.email },
    after: { role: input.role, departmentId: department?.id ?? null, email },
  });
  return { userId: row.id, role: input.role, department: department?.code ?? null, email };
}

/**
 * Sets a user's password: an admin's reset on /admin/users and the CLI's `user:password`.
 * Every session of the user ends (a stolen cookie with it). Audited as `user_password` with
 * who was changed (never the password).
 */
export function setUserPassword(tx: Tx, actorId: number | null, ref: UserRef, password: string): { userId: number } {
  const row = findUser(tx, ref);
  requireStrongPassword(password);
  tx.update(users)
    .set({ passwordHash: hashPassword(password) })
    .where(eq(users.id, row.id))
    .run();
  endSessions(tx, row.id);
  writeAudit(tx, {
    userId: actorId,
    action: "user_password",
    entity: "user",
    entityId: row.id,
    after: { username: row.username },
  });
  return { userId: row.id };
}

/**
 * An admin's unlock of a user's sign-in: the failed attempts recorded against the username,
 * from every address, are forgotten (lib/auth/throttle.ts). Audited as `user_unlock_login`.
 */
export function unlockUserLogin(tx: Tx, actorId: number | null, ref: UserRef): { userId: number; cleared: number } {
  const row = findUser(tx, ref);
  const cleared = unlockUsername(tx, row.username);
  writeAudit(tx, {
    userId: actorId,
    action: "user_unlock_login",
    entity: "user",
    entityId: row.id,
    after: { username: row.username, cleared },
  });
  return { userId: row.id, cleared };
}
