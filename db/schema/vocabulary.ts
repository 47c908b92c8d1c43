/**
 * The project's code lists, defined once: the schema's enum columns, the zod schemas, the
 * roll-up and the pages all take them from here. Their Vietnamese labels are in
 * lib/vocabulary/labels.ts. Plain constants: this file imports nothing, so every layer may.
 */

/** Who a user is (docs: README "Demo logins"). */
export const ROLES = ["admin", "planner", "leader", "dept_head", "officer"] as const;
export type Role = (typeof ROLES)[number];

/** Roles bound to one department (cán bộ, lãnh đạo sở, ngành): such a user must have a department. */
export const DEPARTMENT_ROLES: readonly Role[] = ["officer", "dept_head"];

/**
 * What kind of reporting unit a department row is: a department of the province (sở, ban,
 * ngành), a district-level local government (huyện, thành phố; until June 2025) or a
 * commune-level one (xã, phường; from July 2025). Every kind reports alike.
 */
export const UNIT_KINDS = ["department", "district", "commune"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Local-government kinds: an indicator may be reported by every unit of one of them. */
export const LOCAL_UNIT_KINDS = ["district", "commune"] as const satisfies readonly UnitKind[];
export type LocalUnitKind = (typeof LOCAL_UNIT_KINDS)[number];

/** A plan year: in preparation (admin area only), open for reporting, or closed (every value locked). */
export const PLAN_YEAR_STATUSES = ["draft", "open", "closed"] as const;
export type PlanYearStatus = (typeof PLAN_YEAR_STATUSES)[number];

/** How a period's value is made from the entries: summed months, the value at the period's end, or entered per period. */
export const INDICATOR_KINDS = ["cumulative", "point", "rate"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Whether higher (up) or lower (down: tỷ lệ hộ nghèo, nợ xấu) is better. */
export const DIRECTIONS = ["up", "down"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How a comparison with last year is written: a change ("tăng 4,1%") or a ratio ("bằng 99,6%"). */
export const CHANGE_STYLES = ["change", "ratio"] as const;
export type ChangeStyle = (typeof CHANGE_STYLES)[number];

/** Who set a target: HĐND tỉnh, Trung ương, or the province's own stretch goal (phấn đấu). */
export const TARGET_SOURCES = ["hdnd", "tw", "phan_dau"] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];

/** How final a value is: ước (estimate), sơ bộ (preliminary), chính thức (official); weakest first. */
export const VALUE_STATUSES = ["estimate", "preliminary", "official"] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** Where a department's month is in the workflow. */
export const SUBMISSION_STATES = ["draft", "submitted", "approved", "returned"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** Which values count in reports: approved only, approved + submitted, or everything including drafts. */
export const COUNTING_MODES = ["approved", "submitted", "all"] as const;
export type CountingMode = (typeof COUNTING_MODES)[number];

/** Report period codes: months, quarters, 6 and 9 months, the year, and the whole-year estimate. */
export const MONTH_PERIODS = [
  "T01",
  "T02",
  "T03",
  "T04",
  "T05",
  "T06",
  "T07",
  "T08",
  "T09",
  "T10",
  "T11",
  "T12",
] as const;
export const WHOLE_PERIODS = ["Q1", "Q2", "Q3", "Q4", "6T", "9T", "N"] as const;
/** UN = ước thực hiện cả năm, the whole-year estimate asked in T06 and T11. */
export const ESTIMATE_PERIOD = "UN" as const;
export const REPORT_PERIODS = [...MONTH_PERIODS, ...WHOLE_PERIODS] as const;
export const ALL_PERIODS = [...REPORT_PERIODS, ESTIMATE_PERIOD] as const;

export type MonthPeriod = (typeof MONTH_PERIODS)[number];
export type WholePeriod = (typeof WHOLE_PERIODS)[number];
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export type PeriodCode = (typeof ALL_PERIODS)[number];

// Named defaults

/** A new plan year's calendar and thresholds (the columns' defaults; readers fall back to them too). */
export const PLAN_YEAR_DEFAULTS = {
  /** data cut-off day of the month */
  cutoffDay: 14,
  /** submission due day */
  dueDay: 17,
  /** below this share of the expected pace an indicator is "nguy cơ không đạt" */
  atRiskRatio: 0.9,
  /** a month more than this factor away from last month or last year needs a note */
  jumpFactor: 3,
} as const;

/** Reports count approved and submitted values unless asked otherwise. */
export const DEFAULT_COUNTING: CountingMode = "submitted";

export function isCountingMode(value: string): value is CountingMode {
  return (COUNTING_MODES as readonly string[]).includes(value);
}
