import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorValues, indicators, users } from "@/db/schema";
import { rawClient } from "@/db/raw";
import { listIndicatorsForYear } from "@/lib/catalogue/queries";
import { fromScaled } from "@/lib/numbers";
import { monthSeries, reportFigures, targetBySource } from "@/lib/rollup";
import type { PeriodCode } from "@/lib/periods";
import { entryKey, loadEntries } from "./entries";
import type { CountingMode } from "./counting";

/** One indicator for a year: its figures for a period, month series, the entries behind them and their history. */
export function indicatorDetail(db: Db, input: { code: string; year: number; period: PeriodCode; counting: CountingMode; atRiskRatio: number }) {
  const base = db.select().from(indicators).where(eq(indicators.code, input.code)).get();
  if (!base) return null;
  const indicator = listIndicatorsForYear(db, input.year).find((i) => i.id === base.id);
  if (!indicator) return { base, indicator: null } as const;
  const entries = loadEntries(db, [input.year, input.year - 1], input.counting);
  const thisYear = entries.get(entryKey(base.id, input.year)) ?? {};
  const lastYear = entries.get(entryKey(base.id, input.year - 1)) ?? {};
  const figures = reportFigures(indicator, input.period, thisYear, lastYear, input.atRiskRatio);
  const target = targetBySource(indicator.targets, "hdnd");
  const series = monthSeries(indicator.kind, thisYear, lastYear, target?.value ?? null);
  const stored = db
    .select({ id: indicatorValues.id, year: indicatorValues.year, period: indicatorValues.period, value: indicatorValues.value, status: indicatorValues.status, note: indicatorValues.note, version: indicatorValues.version, derived: indicatorValues.derived, by: users.fullName, at: indicatorValues.updatedAt })
    .from(indicatorValues)
    .leftJoin(users, eq(users.id, indicatorValues.updatedBy))
    .where(and(eq(indicatorValues.indicatorId, base.id), inArray(indicatorValues.year, [input.year, input.year - 1])))
    .all()
    .map((v) => ({ ...v, value: fromScaled(v.value) }));
  const history = valueHistory(db, stored.map((s) => s.id));
  return { base, indicator, figures, series, stored, history, thisYear, lastYear } as const;
}

export interface ValueChange {
  id: number;
  at: string;
  by: string | null;
  year: number;
  period: PeriodCode;
  /** the figure of the version before, null for a value's first version */
  before: number | null;
  after: number;
  status: string;
  reason: string | null;
}

/** The kept versions of the given values, newest first (at most 100), each with the figure it replaced. */
export function valueHistory(db: Db, valueIds: number[]): ValueChange[] {
  if (valueIds.length === 0) return [];
  const rows = rawClient(db)
    .prepare(
      `select r.id, r.changed_at as at, u.full_name as by, v.year, v.period, r.value as after, r.status, r.reason,
              lag(r.value) over (partition by r.value_id order by r.version) as before
       from value_revisions r join indicator_values v on v.id = r.value_id left join users u on u.id = r.changed_by
       where r.value_id in (${valueIds.map(() => "?").join(", ")})
       order by r.changed_at desc, r.id desc limit 100`,
    )
    .all(...valueIds) as (Omit<ValueChange, "before" | "after"> & { before: number | null; after: number })[];
  return rows.map((r) => ({ ...r, before: r.before === null ? null : fromScaled(r.before), after: fromScaled(r.after) }));
}
