import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { auditLog, users } from "@/db/schema";
import { recordFailure, recordSuccess, throttleKeys, waitMs } from "./throttle";
import { dummyHash, verifyPassword } from "./password";

export const LOGIN_FAILED = "Tên đăng nhập hoặc mật khẩu không đúng";
const LOGIN_THROTTLED_PREFIX = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau";

/** The refusal of an attempt that must wait, saying how long ("sau 4 giây", "sau 15 phút"). */
export function loginThrottled(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return `${LOGIN_THROTTLED_PREFIX} ${seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`}.`;
}

/** A sign-in's user, with the session version its session starts at (lib/auth/session-version.ts). */
export type LoginResult = { ok: true; userId: number; sessionVersion: number } | { ok: false; error: string };

/**
 * Checks a username and password. A wrong username, a wrong password and a disabled
 * account all get the same message; repeated failures slow down the (username, address)
 * pair and then the address (lib/auth/throttle.ts), never the username from everywhere.
 * `ip` is the client's address as scripts/serve.mjs found it ("unknown" without one).
 */
export function checkCredentials(
  db: Db,
  input: { username: string; password: string; ip: string },
  now = Date.now(),
): LoginResult {
  const username = input.username.normalize("NFC").trim().toLowerCase();
  const keys = throttleKeys(username, input.ip);
  const wait = waitMs(db, keys, now);
  if (wait > 0) return { ok: false, error: loginThrottled(wait) };
  const user = db.select().from(users).where(eq(users.username, username)).get();
  const passwordOk = verifyPassword(input.password, user?.passwordHash ?? dummyHash());
  if (!user || !passwordOk || !user.active) {
    writeTransaction(db, (tx) => {
      recordFailure(tx, keys, now);
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
    recordSuccess(tx, keys);
    tx.insert(auditLog)
      .values({ userId: user.id, action: "login", entity: "user", entityId: String(user.id), after: { ip: input.ip } })
      .run();
  });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
