import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { currentSignIn, possiblyOpenSignIns, type OpenSignIn, type SessionEvent } from "./sessions";

/** The account page's reads: the user's e-mail address and the audit entries about their sessions (newest 200). */
export function accountOverview(db: Db, userId: number): { email: string | null; events: SessionEvent[] } {
  const email = db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()?.email ?? null;
  const rows = db
    .select({ action: auditLog.action, at: auditLog.at, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(
      or(
        and(
          eq(auditLog.userId, userId),
          inArray(auditLog.action, ["login", "logout", "account_password", "account_end_sessions"]),
        ),
        and(
          eq(auditLog.entity, "user"),
          eq(auditLog.entityId, String(userId)),
          inArray(auditLog.action, ["user_password", "user_disable", "user_update"]),
        ),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(200)
    .all();
  const field = (json: unknown, key: string): unknown =>
    json && typeof json === "object" ? (json as Record<string, unknown>)[key] : undefined;
  const events = rows.map((r) => ({
    action: r.action,
    at: r.at,
    ip: typeof field(r.after, "ip") === "string" ? (field(r.after, "ip") as string) : null,
    roleChanged:
      r.action === "user_update" &&
      (field(r.before, "role") !== field(r.after, "role") ||
        field(r.before, "departmentId") !== field(r.after, "departmentId")),
  }));
  return { email, events };
}

/** The sign-ins of the user that may still be open now: this cookie's own (by its sign-in time, seconds) and the others. */
export function accountSignIns(
  events: SessionEvent[],
  loginAt: number | null,
  maxAgeSeconds: number,
  now = Date.now(),
): { mine: OpenSignIn | null; others: OpenSignIn[] } {
  const open = possiblyOpenSignIns(events, now, maxAgeSeconds);
  const mine = loginAt === null ? null : currentSignIn(open, loginAt);
  return { mine, others: open.filter((s) => s !== mine) };
}
