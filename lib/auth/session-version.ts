import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { users } from "@/db/schema";

/**
 * A session cookie is a signed JWT the server keeps no list of, so ending sessions works by
 * version: every user has `users.session_version`, the JWT carries the version of its sign-in
 * (`sv`), and the user read on every request (lib/auth/current-user.ts) refuses a session whose
 * version is no longer the user's. Signing out, a password change or reset, disabling and a
 * change of role or department bump it: every session of the user ends on its next request.
 */

/** The JWT claim holding the session's version. */
export const SESSION_VERSION_CLAIM = "sv";

/** A session's version as its JWT states it: a token of before versions (none) is version 0. */
export function tokenSessionVersion(payload: Record<string, unknown>): number | null {
  const value = payload[SESSION_VERSION_CLAIM];
  if (value === undefined) return 0;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
}

/** Whether a session of version `tokenVersion` is still one of the user's. */
export function sessionIsCurrent(tokenVersion: number | null, userVersion: number): boolean {
  return tokenVersion !== null && tokenVersion === userVersion;
}

/** Ends every session of the user (in the caller's transaction, beside the change that calls for it). */
export function endSessions(tx: Db | Tx, userId: number): void {
  tx.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
}

/**
 * Sign-out: ends every session of the user, if the signing-out session is still one of them
 * (a session that already ended cannot sign the user out again and again). Whether it did.
 */
export function endSessionsFrom(tx: Db | Tx, userId: number, tokenVersion: number | null): boolean {
  if (tokenVersion === null) return false;
  return (
    tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, userId), eq(users.sessionVersion, tokenVersion)))
      .run().changes > 0
  );
}
