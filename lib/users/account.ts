import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/session-version";
import { DomainError } from "@/lib/errors";
import type { ChangeOwnPasswordInput } from "./schemas";
import { requireStrongPassword } from "./service";

/**
 * What a signed-in user does to their own account (/account): change the password, end the
 * other sessions. Both end every session of the user (lib/auth/session-version.ts) and answer
 * the new session version, so that the transport re-issues the caller's own session at it
 * (lib/auth/reissue-session.ts): the device that asked stays signed in, every other one is out.
 * A forgotten password is an admin's reset (setUserPassword, audited `user_password`).
 */

export const WRONG_CURRENT_PASSWORD = "Mật khẩu hiện tại không đúng";

export interface SessionsEnded {
  userId: number;
  /** the user's session version now: the caller's session is re-issued at it */
  sessionVersion: number;
}

function userRow(tx: Tx, userId: number) {
  const row = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!row) throw new DomainError(404, "Không tìm thấy người dùng");
  return row;
}

function sessionVersionOf(tx: Tx, userId: number): number {
  return tx.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)).get()!.v;
}

/** The user's own password change: the current password is checked (a field error if wrong), the new one under the policy. Audited `account_password`. */
export function changeOwnPassword(tx: Tx, userId: number, input: ChangeOwnPasswordInput): SessionsEnded {
  const row = userRow(tx, userId);
  if (!verifyPassword(input.currentPassword, row.passwordHash))
    throw new DomainError(422, WRONG_CURRENT_PASSWORD, { currentPassword: WRONG_CURRENT_PASSWORD });
  requireStrongPassword(input.newPassword, "newPassword");
  tx.update(users)
    .set({ passwordHash: hashPassword(input.newPassword) })
    .where(eq(users.id, row.id))
    .run();
  endSessions(tx, row.id);
  writeAudit(tx, { userId: row.id, action: "account_password", entity: "user", entityId: row.id });
  return { userId: row.id, sessionVersion: sessionVersionOf(tx, row.id) };
}

/** "Đăng xuất khỏi các thiết bị khác": every session of the user ends but the caller's, re-issued. Audited `account_end_sessions`. */
export function endOwnOtherSessions(tx: Tx, userId: number): SessionsEnded {
  const row = userRow(tx, userId);
  endSessions(tx, row.id);
  writeAudit(tx, { userId: row.id, action: "account_end_sessions", entity: "user", entityId: row.id });
  return { userId: row.id, sessionVersion: sessionVersionOf(tx, row.id) };
}
