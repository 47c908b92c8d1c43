import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { SessionEvent } from "./sessions";

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
