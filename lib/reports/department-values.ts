import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorValues, submissions } from "@/db/schema";
import { listIndicatorsForYear, type CatalogueIndicator } from "@/lib/catalogue/queries";
import type { ValueStatus } from "@/db/schema/vocabulary";
import { fromScaled } from "@/lib/numbers";

export interface StoredValue {
  period: string;
  value: number;
  status: ValueStatus;
  note: string | null;
  version: number;
  month: number;
  updatedAt: string;
}

/** A department's indicators for a year with every stored value, and the state of its monthly submissions. */
export function departmentYear(db: Db, departmentId: number, year: number) {
  const indicators = listIndicatorsForYear(db, year, departmentId);
  const ids = indicators.map((i) => i.id);
  const rows = ids.length
    ? db
        .select()
        .from(indicatorValues)
        .where(and(eq(indicatorValues.year, year), inArray(indicatorValues.indicatorId, ids)))
        .all()
    : [];
  const values = new Map<number, Map<string, StoredValue>>();
  for (const row of rows) {
    const byPeriod = values.get(row.indicatorId) ?? new Map<string, StoredValue>();
    byPeriod.set(row.period, {
      period: row.period,
      value: fromScaled(row.value),
      status: row.status,
      note: row.note,
      version: row.version,
      month: row.month,
      updatedAt: row.updatedAt,
    });
    values.set(row.indicatorId, byPeriod);
  }
  const states = db
    .select({ month: submissions.month, state: submissions.state, returnReason: submissions.returnReason })
    .from(submissions)
    .where(and(eq(submissions.departmentId, departmentId), eq(submissions.year, year)))
    .all();
  return { indicators, values, submissions: states };
}

export type DepartmentYear = ReturnType<typeof departmentYear>;
export type { CatalogueIndicator };
