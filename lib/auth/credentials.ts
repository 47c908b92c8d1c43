import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { auditLog, users } from "@/db/schema";
import { clearFailures, lockedFor, recordFailure } from "./throttle";
import { dummyHash, verifyPassword } from "./password";

export const LOGIN_FAILED = "Tên đăng nhập hoặc mật khẩu không đúng";
export const LOGIN_THROTTLED = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.";

export type LoginResult = { ok: true; userId: number } | { ok: false; error: string };

/**
 * Checks a username and password. A wrong username, a wrong password and a disabled
 * account all get the same message; repeated failures lock the username and the address.
 */
export function checkCredentials(db: Db, input: { username: string; password: string; ip: string }): LoginResult {
  const username = input.username.normalize("NFC").trim().toLowerCase();
  // without a known client address only the username is throttled, so one shared key never locks everybody out
  const keys = input.ip && input.ip !== "local" ? [`user:${username}`, `ip:${input.ip}`] : [`user:${username}`];
  if (keys.some((key) => lockedFor(db, key) > 0)) return { ok: false, error: LOGIN_THROTTLED };
  const user = db.select().from(users).where(eq(users.username, username)).get();
  const passwordOk = verifyPassword(input.password, user?.passwordHash ?? dummyHash());
  if (!user || !passwordOk || !user.active) {
    writeTransaction(db, (tx) => {
      keys.forEach((key) => recordFailure(tx as unknown as Db, key));
      tx.insert(auditLog)
        .values({
          userId: user?.id ?? null,
          action: "login_failed",
          entity: "user",
          entityId: username,
          after: { ip: input.ip },
        })
        .run();
    });
    return { ok: false, error: LOGIN_FAILED };
  }
  writeTransaction(db, (tx) => {
    keys.forEach((key) => clearFailures(tx as unknown as Db, key));
    tx.insert(auditLog)
      .values({ userId: user.id, action: "login", entity: "user", entityId: String(user.id), after: { ip: input.ip } })
      .run();
  });
  return { ok: true, userId: user.id };
}
