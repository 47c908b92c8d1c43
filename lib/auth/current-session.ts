import "server-only";
import { cookies } from "next/headers";
import { authSecret } from "@/lib/env";
import { decodeSession } from "./session-decode";
import { SESSION_COOKIES, sessionLimits } from "./session-policy";

export interface SessionTimes {
  /** sign-in, seconds */
  loginAt: number;
  /** last request the front door saw (moved at most once a minute), seconds */
  lastSeen: number;
  /** when it ends at the latest: its lifetime, or its idle time if nothing happens before, seconds */
  endsAt: number;
}

/** The times of this request's session cookie (the /account page), null without one. */
export async function currentSessionTimes(): Promise<SessionTimes | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  const payload = await decodeSession(token, authSecret()).catch(() => null);
  const { loginAt, lastSeen } = payload ?? {};
  if (typeof loginAt !== "number" || typeof lastSeen !== "number") return null;
  const limits = sessionLimits();
  return { loginAt, lastSeen, endsAt: Math.min(loginAt + limits.maxAge, lastSeen + limits.idle) };
}
