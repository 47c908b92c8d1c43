import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { rawClient, statement } from "@/db/raw";
import type { Role } from "@/db/schema";
import { authSecret } from "@/lib/env";
import { bearerToken, isBearerScheme } from "./bearer";
import { parseCookies } from "./cookies";
import { decodeSession } from "./session-decode";
import { SESSION_COOKIES, sessionVerdict } from "./session-policy";
import { sessionIsCurrent, tokenSessionVersion } from "./session-version";
import { userIdForToken } from "./tokens";

export interface CurrentUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  departmentId: number | null;
  departmentCode: string | null;
  departmentName: string | null;
}

const USER_SQL = `
  select u.id, u.username, u.full_name as fullName, u.role, u.active, u.session_version as sessionVersion,
         u.department_id as departmentId, d.code as departmentCode, d.name as departmentName
  from users u left join departments d on d.id = u.department_id
  where u.id = ?`;

/**
 * Loads the user fresh from the database on every request: a disabled user or a changed role
 * takes effect at once. For a session cookie, `sessionVersion` is the version its JWT carries:
 * a session ended since (sign-out, password reset, …, lib/auth/session-version.ts) finds no user.
 * One read either way.
 */
export function loadActiveUser(userId: number, sessionVersion?: number | null): CurrentUser | null {
  const row = statement(rawClient(getDb()), USER_SQL).get(userId) as
    (CurrentUser & { active: number; sessionVersion: number }) | undefined;
  if (!row || !row.active) return null;
  if (sessionVersion !== undefined && !sessionIsCurrent(sessionVersion, row.sessionVersion)) return null;
  const { active: _active, sessionVersion: _version, ...user } = row;
  return user;
}

/** The user id and session version in the session cookie: the JWT next-auth issued, decrypted, checked for expiry, lifetime and idle time. */
async function sessionOf(
  cookie: (name: string) => string | undefined,
): Promise<{ userId: number; version: number | null } | null> {
  const token = SESSION_COOKIES.map((name) => cookie(name)).find(Boolean);
  if (!token) return null;
  try {
    const payload = await decodeSession(token, authSecret());
    if (!payload || sessionVerdict(payload, Math.floor(Date.now() / 1000)) === "expired") return null;
    return typeof payload.uid === "number" ? { userId: payload.uid, version: tokenSessionVersion(payload) } : null;
  } catch {
    return null;
  }
}

/** The user a request's credentials name: a Bearer API token, else the session cookie; read fresh from the database. */
async function userForCredentials(
  authorization: string | null,
  cookie: (name: string) => string | undefined,
): Promise<CurrentUser | null> {
  if (isBearerScheme(authorization)) {
    const token = bearerToken(authorization);
    const userId = token ? userIdForToken(getDb(), token) : null;
    return userId ? loadActiveUser(userId) : null;
  }
  const session = await sessionOf(cookie);
  return session ? loadActiveUser(session.userId, session.version) : null;
}

/**
 * The signed-in user of this request, inside Next.js (pages, server actions). Memoised per
 * request (the layout and the page ask once), read fresh from the database every request.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  return userForCredentials((await headers()).get("authorization"), (name) => jar.get(name)?.value);
});

/** The signed-in user of a web Request (the JSON API's route handlers, app/api/v1). */
export function requestUser(request: Pick<Request, "headers">): Promise<CurrentUser | null> {
  const jar = new Map(parseCookies(request.headers.get("cookie") ?? undefined).map((c) => [c.name, c.value]));
  return userForCredentials(request.headers.get("authorization"), (name) => jar.get(name));
}
