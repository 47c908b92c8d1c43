import type { Logger } from "pino";
import { log } from "@/lib/ops/log";
import { storageErrorOf } from "@/lib/ops/storage-error";
import type { LoginResult } from "./credentials";

/** What the login form says when the server, not the user, is at fault. */
export const LOGIN_UNAVAILABLE =
  "Hệ thống đang gặp sự cố, chưa đăng nhập được. Vui lòng thử lại sau ít phút hoặc báo quản trị hệ thống.";

/**
 * A sign-in check (checkCredentials) whose failure is the machine's: a database that cannot
 * be read or written (read-only, disk full, I/O error, locked) or any other fault. next-auth
 * puts a thrown message into the login form as it is ("disk I/O error"), so nothing is thrown:
 * the user gets LOGIN_UNAVAILABLE and the log gets the detail.
 */
export function checkSignIn(username: string, check: () => LoginResult, logger: Logger = log): LoginResult {
  try {
    return check();
  } catch (error) {
    logger.error({ err: error, code: storageErrorOf(error)?.code, username }, "sign-in failed: server fault");
    return { ok: false, error: LOGIN_UNAVAILABLE };
  }
}
