import { and, eq, inArray } from "drizzle-orm";
import { PLAN_YEAR_DEFAULTS } from "@/db/schema/vocabulary";
import type { Tx } from "@/db/client";
import { indicatorAssignments, indicatorValues, indicators, planYears } from "@/db/schema";
import { fromScaled } from "@/lib/numbers";
import { monthPeriod } from "@/lib/periods";
import { plausibilityWarnings } from "./plausibility";
import type { SubmissionKey } from "./save-values";

export interface MonthWarning {
  indicator: string;
  name: string;
  warnings: string[];
  hasNote: boolean;
}

/** Plausibility warnings for the month's own figures of a department. */
export function monthWarnings(tx: Tx, key: SubmissionKey): MonthWarning[] {
  const plan = tx.select().from(planYears).where(eq(planYears.year, key.year)).get();
  const jumpFactor = plan?.jumpFactor ?? PLAN_YEAR_DEFAULTS.jumpFactor;
  const list = tx
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      kind: indicators.kind,
      parentId: indicators.parentId,
    })
    .from(indicators)
    .innerJoin(
      indicatorAssignments,
      and(
        eq(indicatorAssignments.indicatorId, indicators.id),
        eq(indicatorAssignments.year, key.year),
        eq(indicatorAssignments.departmentId, key.departmentId),
      ),
    )
    .all();
  if (list.length === 0) return [];
  const ids = list.map((i) => i.id);
  const thisMonth = monthPeriod(key.month);
  const prevMonth = key.month > 1 ? monthPeriod(key.month - 1) : null;
  const rows = tx
    .select()
    .from(indicatorValues)
    .where(
      and(
        inArray(indicatorValues.indicatorId, ids),
        inArray(indicatorValues.year, [key.year, key.year - 1]),
        inArray(indicatorValues.period, [thisMonth, ...(prevMonth ? [prevMonth] : [])]),
      ),
    )
    .all();
  const get = (id: number, year: number, period: string | null) =>
    rows.find((r) => r.indicatorId === id && r.year === year && r.period === period);
  const result: MonthWarning[] = [];
  for (const indicator of list) {
    const current = get(indicator.id, key.year, thisMonth);
    if (!current) continue;
    const parts = list.filter((p) => p.parentId === indicator.id).map((p) => get(p.id, key.year, thisMonth));
    const partsSum =
      parts.length > 0 && parts.every((p) => p !== undefined)
        ? parts.reduce((s, p) => s + fromScaled(p!.value), 0)
        : null;
    const warnings = plausibilityWarnings({
      kind: indicator.kind,
      value: fromScaled(current.value),
      lastMonth:
        prevMonth && get(indicator.id, key.year, prevMonth)
          ? fromScaled(get(indicator.id, key.year, prevMonth)!.value)
          : null,
      lastYearSameMonth: get(indicator.id, key.year - 1, thisMonth)
        ? fromScaled(get(indicator.id, key.year - 1, thisMonth)!.value)
        : null,
      jumpFactor,
      partsSum,
    });
    if (warnings.length > 0)
      result.push({
        indicator: indicator.code,
        name: indicator.name,
        warnings,
        hasNote: Boolean(current.note?.trim()),
      });
  }
  return result;
}
