import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorValues, indicators, submissions, users, type SubmissionState } from "@/db/schema";
import { fromScaled } from "@/lib/numbers";
import type { PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/db/schema/vocabulary";
import { provinceReport } from "@/lib/reports/province-report";
import type { ValueStatus } from "@/lib/rollup";
import { generatedFigureTexts, type FigureTexts } from "./figures";
import { generateDraft, type DraftRequest } from "./generate";
import { figureSnapshot, type FigureSnapshot } from "./snapshot";

/** The whole province's draft of a period, with the values that count. */
type ProvinceDraftRequest = Required<Omit<DraftRequest, "departmentId" | "style">> & Pick<DraftRequest, "style">;

/** What the data gives now for every figure of the period: the texts a fresh draft states. */
export function currentFigureTexts(db: Db, request: ProvinceDraftRequest): FigureTexts {
  return generatedFigureTexts(generateDraft(db, request));
}

/** The period's figures as the data gives them now, in the shape a final version freezes. */
export function currentSnapshot(db: Db, request: ProvinceDraftRequest): FigureSnapshot {
  const draft = generateDraft(db, request);
  return figureSnapshot(draft, provinceReport(db, request), new Date().toISOString());
}

export interface FigureEntry {
  year: number;
  period: PeriodCode;
  value: number;
  status: ValueStatus;
  version: number;
  note: string | null;
  derived: boolean;
  by: string | null;
  at: string;
  submissionState: SubmissionState | null;
}

export interface FigureEntries {
  code: string;
  name: string;
  unit: string;
  precision: number;
  /** the entries the period's figure is made of (T01 … T06, or 6T) */
  sources: PeriodCode[];
  entries: FigureEntry[];
}

/** The entries behind an indicator's figure of a period: this year's and the same periods last year. */
export function figureEntries(
  db: Db,
  input: { indicator: string; year: number; period: PeriodCode; counting: CountingMode },
): FigureEntries | null {
  const row = provinceReport(db, { year: input.year, period: input.period, counting: input.counting }).find(
    (r) => r.indicator.code === input.indicator,
  );
  const base = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, input.indicator)).get();
  if (!row || !base) return null;
  const periods = row.sources.length > 0 ? row.sources : [input.period];
  const entries = db
    .select({
      year: indicatorValues.year,
      period: indicatorValues.period,
      value: indicatorValues.value,
      status: indicatorValues.status,
      version: indicatorValues.version,
      note: indicatorValues.note,
      derived: indicatorValues.derived,
      by: users.fullName,
      at: indicatorValues.updatedAt,
      submissionState: submissions.state,
    })
    .from(indicatorValues)
    .leftJoin(users, eq(users.id, indicatorValues.updatedBy))
    .leftJoin(
      submissions,
      and(
        eq(submissions.departmentId, indicatorValues.departmentId),
        eq(submissions.year, indicatorValues.year),
        eq(submissions.month, indicatorValues.month),
      ),
    )
    .where(
      and(
        eq(indicatorValues.indicatorId, base.id),
        inArray(indicatorValues.year, [input.year, input.year - 1]),
        inArray(indicatorValues.period, periods),
      ),
    )
    .all()
    .map((e) => ({ ...e, period: e.period as PeriodCode, value: fromScaled(e.value) }))
    .sort((a, b) => b.year - a.year || periods.indexOf(a.period) - periods.indexOf(b.period));
  return {
    code: row.indicator.code,
    name: row.indicator.name,
    unit: row.indicator.unit,
    precision: row.indicator.precision,
    sources: row.sources,
    entries,
  };
}
