/**
 * Session lifetime (absolute, from sign-in) and idle timeout (since the last request), both
 * configurable: SESSION_MAX_AGE_SECONDS (default 8 h) and SESSION_IDLE_SECONDS (default 60 min).
 * The session JWT carries `loginAt` and `lastSeen` (seconds); the front door (lib/ops/front-door.ts) slides `lastSeen`
 * forward at most once a minute, and every request refuses a session past either limit.
 */
export const SESSION_REFRESH_SECONDS = 60;

function seconds(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

export function sessionLimits(env: NodeJS.ProcessEnv = process.env): { maxAge: number; idle: number } {
  return { maxAge: seconds(env.SESSION_MAX_AGE_SECONDS, 8 * 3600), idle: seconds(env.SESSION_IDLE_SECONDS, 60 * 60) };
}

export type SessionVerdict = "valid" | "refresh" | "expired";

/** What to do with a session seen at `now` (seconds). A token without the stamps is expired. */
export function sessionVerdict(token: Record<string, unknown>, now: number, limits = sessionLimits()): SessionVerdict {
  const { loginAt, lastSeen } = token;
  if (typeof loginAt !== "number" || typeof lastSeen !== "number") return "expired";
  if (now - loginAt > limits.maxAge) return "expired";
  // the slack covers a cookie refreshed by the front door on this very request
  if (now - lastSeen > limits.idle + SESSION_REFRESH_SECONDS) return "expired";
  return now - lastSeen >= SESSION_REFRESH_SECONDS ? "refresh" : "valid";
}

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
