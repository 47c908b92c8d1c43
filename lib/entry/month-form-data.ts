import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorValues, narratives, planYears, submissions } from "@/db/schema";
import { listIndicatorsForYear } from "@/lib/catalogue/queries";
import { fromScaled } from "@/lib/numbers";
import type { PeriodCode } from "@/lib/periods";
import type { EntryMap, IndicatorKind, TargetSource, ValueStatus } from "@/lib/rollup";
import { revisionsOf } from "@/lib/reports/revisions";
import { formPeriods, revisionPeriods } from "./periods-for-month";

export interface FormRow {
  indicatorId: number;
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  parentCode: string | null;
  sectionCode: string | null;
  sectionTitle: string | null;
  precision: number;
  pctPrecision: number;
  changePrecision: number;
  direction: "up" | "down";
  targets: { source: TargetSource; value?: number | null; min?: number | null; max?: number | null }[];
  period: PeriodCode;
  value: number | null;
  status: ValueStatus;
  note: string;
  version: number;
  history: {
    version: number;
    value: number;
    status: ValueStatus;
    reason: string | null;
    by: string | null;
    at: string;
  }[];
}

/** Everything the month entry form of a department needs, read in a handful of queries. */
export function monthFormData(
  db: Db,
  departmentId: number,
  year: number,
  month: number,
  options: { revise?: boolean } = {},
) {
  const plan = db.select().from(planYears).where(eq(planYears.year, year)).get();
  const indicators = listIndicatorsForYear(db, year, departmentId);
  const ids = indicators.map((i) => i.id);
  const values = ids.length
    ? db
        .select()
        .from(indicatorValues)
        .where(and(inArray(indicatorValues.indicatorId, ids), inArray(indicatorValues.year, [year, year - 1])))
        .all()
    : [];
  const entries: Record<string, { thisYear: EntryMap; lastYear: EntryMap }> = {};
  for (const i of indicators) entries[i.code] = { thisYear: {}, lastYear: {} };
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
  for (const v of values) {
    const bucket = entries[codeOf.get(v.indicatorId)!];
    (v.year === year ? bucket.thisYear : bucket.lastYear)[v.period as PeriodCode] = {
      period: v.period as PeriodCode,
      value: v.value,
      status: v.status,
    };
  }
  const current = new Map(values.filter((v) => v.year === year).map((v) => [`${v.indicatorId}:${v.period}`, v]));
  const periodsOf = (kind: FormRow["kind"]) =>
    options.revise ? revisionPeriods(kind, month) : formPeriods(kind, month);
  const rowsBase = indicators.flatMap((i) =>
    periodsOf(i.kind).map((period) => ({ i, period, stored: current.get(`${i.id}:${period}`) })),
  );
  const storedIds = rowsBase.map((r) => r.stored?.id).filter((id): id is number => id !== undefined);
  const revisions = revisionsOf(db, storedIds);
  const rows: FormRow[] = rowsBase.map(({ i, period, stored }) => ({
    indicatorId: i.id,
    code: i.code,
    name: i.name,
    unit: i.unit,
    kind: i.kind,
    parentCode: i.parentCode,
    sectionCode: i.sectionCode,
    sectionTitle: i.sectionTitle,
    precision: i.precision,
    pctPrecision: i.pctPrecision,
    changePrecision: i.changePrecision,
    direction: i.direction,
    targets: i.targets,
    period,
    value: stored ? fromScaled(stored.value) : null,
    status: stored?.status ?? "estimate",
    note: stored?.note ?? "",
    version: stored?.version ?? 0,
    history: revisions.filter((r) => r.valueId === stored?.id).map(({ valueId: _v, username: _u, ...r }) => r),
  }));
  const submission = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.departmentId, departmentId), eq(submissions.year, year), eq(submissions.month, month)))
    .get();
  const narrative = db
    .select()
    .from(narratives)
    .where(and(eq(narratives.departmentId, departmentId), eq(narratives.year, year), eq(narratives.month, month)))
    .get();
  return {
    plan: plan
      ? { status: plan.status, cutoffDay: plan.cutoffDay, dueDay: plan.dueDay, jumpFactor: plan.jumpFactor }
      : null,
    rows,
    entries,
    submission: {
      state: submission?.state ?? ("draft" as const),
      returnReason: submission?.returnReason ?? null,
      returnFields: submission?.returnFields ?? [],
      submittedAt: submission?.submittedAt ?? null,
      /** an officer said the month is entered (lib/workflow/ready.ts), until it is sent */
      readyAt: submission?.readyAt ?? null,
    },
    narrative: {
      highlights: narrative?.highlights ?? "",
      difficulties: narrative?.difficulties ?? "",
      tasks: narrative?.tasks ?? "",
      version: narrative?.version ?? 0,
    },
  };
}

export type MonthFormData = ReturnType<typeof monthFormData>;
