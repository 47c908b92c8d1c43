import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorValues, indicators, submissions } from "@/db/schema";
import { fromScaled } from "@/lib/numbers";
import { revisionsOf } from "./revisions";

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
    .where(
      and(
        eq(indicatorValues.departmentId, departmentId),
        eq(indicatorValues.year, year),
        eq(indicatorValues.month, month),
      ),
    )
    .all();
  const history = revisionsOf(
    db,
    values.map((v) => v.id),
  );
  return {
    state: submission?.state ?? "draft",
    returnReason: submission?.returnReason ?? null,
    values: values.map(({ id, value, ...v }) => ({
      ...v,
      value: fromScaled(value),
      history: history
        .filter((h) => h.valueId === id)
        .map(({ valueId: _id, by: _name, username, ...h }) => ({ ...h, by: username })),
    })),
  };
}
