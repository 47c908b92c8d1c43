import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { planYears, submissions } from "@/db/schema";
import { DomainError } from "@/lib/actions/result";

/** The submission of a department's month, created as a draft on first use. */
export function ensureSubmission(tx: Tx, departmentId: number, year: number, month: number) {
  const where = and(eq(submissions.departmentId, departmentId), eq(submissions.year, year), eq(submissions.month, month));
  const existing = tx.select().from(submissions).where(where).get();
  if (existing) return existing;
  return tx.insert(submissions).values({ departmentId, year, month, state: "draft" }).returning().get();
}

/** Refuses changes to a year that does not exist or is closed. */
export function requireOpenYear(tx: Tx, year: number): void {
  const plan = tx.select().from(planYears).where(eq(planYears.year, year)).get();
  if (!plan) throw new DomainError(404, `Chưa có kế hoạch năm ${year}`);
  if (plan.status !== "open") throw new DomainError(409, `Năm kế hoạch ${year} đã khóa sổ; không thể thay đổi số liệu`);
}
