import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorValues, indicators, submissions, users, valueRevisions } from "@/db/schema";
import { fromScaled } from "@/lib/numbers";

/** A department's submission for one month: state, the values belonging to it and their history. */
export function submissionView(db: Db, departmentId: number, year: number, month: number) {
  const submission = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.departmentId, departmentId), eq(submissions.year, year), eq(submissions.month, month)))
    .get();
  const values = db
    .select({
      id: indicatorValues.id,
      indicator: indicators.code,
      period: indicatorValues.period,
      value: indicatorValues.value,
      status: indicatorValues.status,
      note: indicatorValues.note,
      version: indicatorValues.version,
      updatedAt: indicatorValues.updatedAt,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicatorValues.departmentId, departmentId), eq(indicatorValues.year, year), eq(indicatorValues.month, month)))
    .all();
  const ids = values.map((v) => v.id);
  const history = ids.length
    ? db
        .select({ valueId: valueRevisions.valueId, version: valueRevisions.version, value: valueRevisions.value, status: valueRevisions.status, reason: valueRevisions.reason, by: users.username, at: valueRevisions.changedAt })
        .from(valueRevisions)
        .leftJoin(users, eq(users.id, valueRevisions.changedBy))
        .where(inArray(valueRevisions.valueId, ids))
        .orderBy(desc(valueRevisions.version))
        .all()
    : [];
  return {
    state: submission?.state ?? "draft",
    returnReason: submission?.returnReason ?? null,
    values: values.map(({ id, value, ...v }) => ({
      ...v,
      value: fromScaled(value),
      history: history.filter((h) => h.valueId === id).map(({ valueId: _id, value: hv, ...h }) => ({ ...h, value: fromScaled(hv) })),
    })),
  };
}
