import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, indicatorValues, indicators, users } from "@/db/schema";
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
  const ids = stored.map((s) => s.id);
  const audits = ids.length
    ? db
        .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, before: auditLog.before, after: auditLog.after, reason: auditLog.reason, by: users.fullName })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .where(and(eq(auditLog.entity, "value"), inArray(auditLog.entityId, ids.map(String))))
        .orderBy(desc(auditLog.id))
        .limit(100)
        .all()
    : [];
  return { base, indicator, figures, series, stored, audits, thisYear, lastYear } as const;
}
