import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorValues, indicators, users } from "@/db/schema";
import { listIndicatorsForYear } from "@/lib/catalogue/queries";
import { fromScaled } from "@/lib/numbers";
import { monthSeries, reportFigures, targetBySource } from "@/lib/rollup";
import type { PeriodCode } from "@/lib/periods";
import { entryKey, loadEntries } from "./entries";
import { revisionsOf } from "./revisions";
import type { CountingMode } from "@/db/schema/vocabulary";

/** One indicator for a year: its figures for a period, month series, the entries behind them and their history. */
export function indicatorDetail(
  db: Db,
  input: { code: string; year: number; period: PeriodCode; counting: CountingMode; atRiskRatio: number },
) {
  const base = db.select().from(indicators).where(eq(indicators.code, input.code)).get();
  if (!base) return null;
  const catalogue = listIndicatorsForYear(db, input.year);
  const indicator = catalogue.find((i) => i.id === base.id);
  if (!indicator) return { base, indicator: null } as const;
  // the whole it is a part of, for the breadcrumb ("Danh mục chỉ tiêu / Tổng kim ngạch … / Xuất khẩu")
  const parent = catalogue.find((i) => i.id === indicator.parentId) ?? null;
  const entries = loadEntries(db, [input.year, input.year - 1], input.counting);
  const thisYear = entries.get(entryKey(base.id, input.year)) ?? {};
  const lastYear = entries.get(entryKey(base.id, input.year - 1)) ?? {};
  const figures = reportFigures(indicator, input.period, thisYear, lastYear, input.atRiskRatio);
  const target = targetBySource(indicator.targets, "hdnd");
  const series = monthSeries(indicator.kind, thisYear, lastYear, target?.value ?? null);
  const stored = db
    .select({
      id: indicatorValues.id,
      year: indicatorValues.year,
      period: indicatorValues.period,
      value: indicatorValues.value,
      status: indicatorValues.status,
      note: indicatorValues.note,
      version: indicatorValues.version,
      derived: indicatorValues.derived,
      by: users.fullName,
      at: indicatorValues.updatedAt,
    })
    .from(indicatorValues)
    .leftJoin(users, eq(users.id, indicatorValues.updatedBy))
    .where(and(eq(indicatorValues.indicatorId, base.id), inArray(indicatorValues.year, [input.year, input.year - 1])))
    .all()
    .map((v) => ({ ...v, value: fromScaled(v.value) }));
  const history = valueHistory(db, stored);
  return { base, indicator, parent, figures, series, stored, history, thisYear, lastYear } as const;
}

export interface ValueChange {
  /** valueId:version */
  key: string;
  at: string;
  by: string | null;
  year: number;
  period: string;
  /** the figure of the version before, null for a value's first version */
  before: number | null;
  after: number;
  status: string;
  reason: string | null;
}

/** The kept versions (revisionsOf) of the given values, newest first (at most 100), each with the figure it replaced. */
export function valueHistory(db: Db, values: readonly { id: number; year: number; period: string }[]): ValueChange[] {
  const slotOf = new Map(values.map((v) => [v.id, v]));
  const revisions = revisionsOf(db, [...slotOf.keys()]);
  const figure = new Map(revisions.map((r) => [`${r.valueId}:${r.version}`, r.value]));
  return revisions
    .map((r) => ({
      key: `${r.valueId}:${r.version}`,
      at: r.at,
      by: r.by,
      year: slotOf.get(r.valueId)!.year,
      period: slotOf.get(r.valueId)!.period,
      before: figure.get(`${r.valueId}:${r.version - 1}`) ?? null,
      after: r.value,
      status: r.status,
      reason: r.reason,
    }))
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 100);
}
