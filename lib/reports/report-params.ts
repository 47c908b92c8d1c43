import type { Db } from "@/db/client";
import { visiblePlanYears } from "@/lib/auth/plan-years";
import type { PermissionHolder } from "@/lib/auth/permissions";
import { defaultReportPeriod, isPeriodCode, type PeriodCode } from "@/lib/periods";
import { latestSubmittedMonth, savedReportPeriod } from "@/lib/preferences/report-period";
import { DEFAULT_COUNTING, PLAN_YEAR_DEFAULTS, isCountingMode, type CountingMode } from "@/db/schema/vocabulary";

export interface ReportParams {
  year: number;
  years: number[];
  period: PeriodCode;
  counting: CountingMode;
  section: string;
  department: string;
  q: string;
  atRiskRatio: number;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * Reads the report filters of a page's query string for a user, with safe defaults (the latest
 * open or closed year; the period the user last picked, else the latest period with submitted
 * data, defaultReportPeriod; submitted). The years are those the user may see
 * (visiblePlanYears: a year in preparation only for its editors); any other ?year= is answered
 * with the default year, as a year without a plan is.
 */
export function reportParams(
  db: Db,
  raw: Record<string, string | string[] | undefined>,
  user: PermissionHolder & { id?: number },
): ReportParams {
  const plans = visiblePlanYears(db, user);
  const years = plans.map((p) => p.year);
  const askedYear = Number(first(raw.year));
  const fallback = plans.filter((p) => p.status !== "draft").at(-1)?.year ?? years.at(-1) ?? new Date().getFullYear();
  const year = years.includes(askedYear) ? askedYear : fallback;
  const period = first(raw.period);
  const counting = first(raw.counting);
  return {
    year,
    years,
    period: isPeriodCode(period) ? period : openingPeriod(db, user, year),
    counting: isCountingMode(counting) ? counting : DEFAULT_COUNTING,
    section: first(raw.section).slice(0, 20),
    department: first(raw.department).slice(0, 30),
    q: first(raw.q).slice(0, 100),
    atRiskRatio: plans.find((p) => p.year === year)?.atRiskRatio ?? PLAN_YEAR_DEFAULTS.atRiskRatio,
  };
}

/** The period a page opens on without ?period=: the user's last pick, else the latest period with submitted data. */
export function openingPeriod(db: Db, user: { id?: number }, year: number): PeriodCode {
  const saved = user.id === undefined ? null : savedReportPeriod(db, user.id);
  return saved ?? defaultReportPeriod(latestSubmittedMonth(db, year));
}
