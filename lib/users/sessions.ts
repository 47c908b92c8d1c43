/**
 * What can truly be said about a user's sessions. A session is a signed cookie the server keeps
 * no list of (lib/auth/session-version.ts): it ends when the user's session version moves on
 * (sign-out, a password change or reset, "đăng xuất khỏi các thiết bị khác", being disabled, a
 * new role or department), after its lifetime, or after its idle time. So the sign-ins that may
 * still be open are those since the last of those events and within the lifetime; whether one
 * was left idle too long only its cookie knows. Pure: the page reads the audit log and the
 * limits and asks this.
 */

/** The audit entries about a user's sessions, oldest or newest first. */
export interface SessionEvent {
  /** "login", or an action that ends every session of the user */
  action: string;
  /** ISO time */
  at: string;
  /** the sign-in's address (login) */
  ip?: string | null;
  /** user_update: whether the role or department changed (only then do sessions end) */
  roleChanged?: boolean;
}

/** Actions that end every session of the user (lib/users/service.ts, lib/users/account.ts, lib/auth/options.ts). */
export const SESSION_ENDING_ACTIONS = [
  "logout",
  "account_password",
  "account_end_sessions",
  "user_password",
  "user_disable",
  "user_update",
] as const;

export interface OpenSignIn {
  at: string;
  ip: string | null;
}

function endsSessions(event: SessionEvent): boolean {
  if (event.action === "user_update") return event.roleChanged === true;
  return (SESSION_ENDING_ACTIONS as readonly string[]).includes(event.action);
}

/** The sign-ins that may still be open at `now` (ms), newest first: after the last session-ending event, within `maxAgeSeconds`. */
export function possiblyOpenSignIns(events: SessionEvent[], now: number, maxAgeSeconds: number): OpenSignIn[] {
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const lastEnd = sorted.filter(endsSessions).at(-1);
  const since = Math.max(lastEnd ? Date.parse(lastEnd.at) : -Infinity, now - maxAgeSeconds * 1000);
  return sorted
    .filter((e) => e.action === "login" && Date.parse(e.at) > since && Date.parse(e.at) <= now)
    .reverse()
    .map((e) => ({ at: e.at, ip: e.ip ?? null }));
}

/** Which of the sign-ins is the session of this cookie: the one nearest its sign-in time (seconds), within `slackMs`. */
export function currentSignIn(signIns: OpenSignIn[], loginAt: number, slackMs = 5000): OpenSignIn | null {
  let best: OpenSignIn | null = null;
  for (const s of signIns) {
    const gap = Math.abs(Date.parse(s.at) - loginAt * 1000);
    if (gap <= slackMs && (!best || gap < Math.abs(Date.parse(best.at) - loginAt * 1000))) best = s;
  }
  return best;
}
