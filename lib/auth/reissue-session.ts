import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import type { SessionCookieUpdate } from "@/lib/ops/front-door";
import { decodeSession } from "./session-decode";
import { SESSION_COOKIES, sessionLimits, sessionVerdict } from "./session-policy";
import { SESSION_VERSION_CLAIM } from "./session-version";

/**
 * The caller's session cookie again, at the user's new session version: after a password change
 * or "Đăng xuất khỏi các thiết bị khác" (lib/users/account.ts) every session of the user ended,
 * and the device that asked gets its own back with the same sign-in time and lifetime. Null when
 * the request carries no live session (a Bearer token: those routes refuse it anyway).
 */
export async function reissuedSessionCookie(
  cookies: { name: string; value: string }[],
  sessionVersion: number,
  now = Math.floor(Date.now() / 1000),
): Promise<SessionCookieUpdate | null> {
  const cookie = SESSION_COOKIES.map((name) => cookies.find((c) => c.name === name && c.value)).find(Boolean);
  if (!cookie) return null;
  const secret = authSecret();
  const payload = await decodeSession(cookie.value, secret, now);
  if (!payload || sessionVerdict(payload, now) === "expired") return null;
  const remaining = Math.max(1, (payload.loginAt as number) + sessionLimits().maxAge - now);
  const token = { ...payload, [SESSION_VERSION_CLAIM]: sessionVersion, lastSeen: now };
  return { name: cookie.name, value: await encode({ token, secret, maxAge: remaining }), maxAge: remaining };
}

/** Changing one's password or ending one's sessions takes a person signed in, not an API token. */
export const SESSION_ONLY =
  "Thao tác này chỉ thực hiện được khi đăng nhập trên trình duyệt, không dùng mã truy cập API";
