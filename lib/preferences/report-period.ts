import { and, eq, inArray, max } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { submissions, userPreferences } from "@/db/schema";
import type { PeriodCode } from "@/db/schema/vocabulary";
import { writeAudit } from "@/lib/audit/write";
import { isPeriodCode } from "@/lib/periods";

/** The latest month of the year some department has sent (submitted or approved); null before any. */
export function latestSubmittedMonth(db: Db | Tx, year: number): number | null {
  const row = db
    .select({ month: max(submissions.month) })
    .from(submissions)
    .where(and(eq(submissions.year, year), inArray(submissions.state, ["submitted", "approved"])))
    .get();
  return row?.month ?? null;
}

/** The report period the user last picked; null when they never did. */
export function savedReportPeriod(db: Db | Tx, userId: number): PeriodCode | null {
  const row = db
    .select({ period: userPreferences.reportPeriod })
    .from(userPreferences)
    .where(eq(userPreferences.userId, userId))
    .get();
  return row?.period && isPeriodCode(row.period) ? row.period : null;
}

/** Remembers the period the user picked (audited when it changes); the same period again changes nothing. */
export function saveReportPeriod(tx: Tx, userId: number, period: PeriodCode): { period: PeriodCode; changed: boolean } {
  const before = savedReportPeriod(tx, userId);
  if (before === period) return { period, changed: false };
  tx.insert(userPreferences)
    .values({ userId, reportPeriod: period })
    .onConflictDoUpdate({
      target: userPreferences.userId,
      set: { reportPeriod: period, updatedAt: new Date().toISOString() },
    })
    .run();
  writeAudit(tx, {
    userId,
    action: "preference_report_period",
    entity: "user",
    entityId: userId,
    before: before === null ? null : { period: before },
    after: { period },
  });
  return { period, changed: true };
}
