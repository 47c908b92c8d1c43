import {
  INDICATOR_KINDS,
  MONTH_PERIODS,
  type CountingMode,
  type IndicatorKind,
  type MonthPeriod,
  type PeriodCode,
  type PlanYearStatus,
  type Role,
  type SubmissionState,
  type TargetSource,
  type UnitKind,
  type ValueStatus,
} from "@/db/schema/vocabulary";

/**
 * The Vietnamese labels of the code lists of db/schema/vocabulary.ts, one set per list.
 * Pages, exports and messages take them from here; a label is changed here only.
 */

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Quản trị hệ thống",
  planner: "Chuyên viên tổng hợp",
  leader: "Lãnh đạo UBND tỉnh",
  dept_head: "Lãnh đạo sở, ngành",
  officer: "Cán bộ nhập liệu",
};

/** A reporting unit's kind, as a group heading: "Huyện, thành phố". */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  department: "Sở, ban, ngành",
  district: "Huyện, thành phố",
  commune: "Xã, phường",
};

/** Who sends a unit's month, in a sentence: "lãnh đạo sở" (capitalise at its start). */
export const UNIT_HEAD_LABELS: Record<UnitKind, string> = {
  department: "lãnh đạo sở",
  district: "lãnh đạo UBND huyện",
  commune: "lãnh đạo UBND xã",
};

/** The units of a kind in a sentence: "các huyện, thành phố". */
export const UNIT_KIND_PLURALS: Record<UnitKind, string> = {
  department: "các sở, ban, ngành",
  district: "các huyện, thành phố",
  commune: "các xã, phường",
};

export const PLAN_YEAR_STATUS_LABELS: Record<PlanYearStatus, string> = {
  draft: "Đang chuẩn bị",
  open: "Đang mở",
  closed: "Đã khóa sổ",
};

export const INDICATOR_KIND_LABELS: Record<IndicatorKind, string> = {
  cumulative: "Cộng dồn",
  point: "Thời điểm",
  rate: "Tốc độ",
};

/** What a kind means, beside its label in the forms that choose it: "Cộng dồn (cộng các tháng)". */
export const INDICATOR_KIND_HINTS: Record<IndicatorKind, string> = {
  cumulative: "cộng các tháng",
  point: "số tại cuối kỳ",
  rate: "chỉ số theo kỳ",
};

/** The kinds as a form's choices, each with what it means. */
export const INDICATOR_KIND_OPTIONS = INDICATOR_KINDS.map((kind) => ({
  value: kind,
  label: `${INDICATOR_KIND_LABELS[kind]} (${INDICATOR_KIND_HINTS[kind]})`,
}));

export const TARGET_SOURCE_LABELS: Record<TargetSource, string> = {
  hdnd: "HĐND tỉnh giao",
  tw: "Trung ương giao",
  phan_dau: "Phấn đấu",
};

/** As the plan annex's "Nguồn" column writes them. */
export const TARGET_SOURCE_SHORT_LABELS: Record<TargetSource, string> = {
  hdnd: "HĐND",
  tw: "TW",
  phan_dau: "Phấn đấu",
};

/** ước / sơ bộ / chính thức, as the reports say it (domain: value status). */
export const VALUE_STATUS_LABELS: Record<ValueStatus, string> = {
  estimate: "Ước",
  preliminary: "Sơ bộ",
  official: "Chính thức",
};

export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
  draft: "Đang nhập",
  submitted: "Đã gửi",
  approved: "Đã duyệt",
  returned: "Bị trả lại",
};

export const COUNTING_LABELS: Record<CountingMode, string> = {
  approved: "Chỉ số liệu đã duyệt",
  submitted: "Đã duyệt và đã gửi",
  all: "Tất cả, kể cả đang nhập",
};

/**
 * A period as tables, selectors, the Excel template and the audit log show it: "Tháng 10",
 * "Quý III", "6 tháng", "9 tháng", "Cả năm", "Ước cả năm" (lib/periods `periodShortLabel`).
 * The long form inside a sentence ("6 tháng đầu năm 2023") is lib/periods `periodLabel`.
 */
export const PERIOD_LABELS: Record<PeriodCode, string> = {
  ...(Object.fromEntries(MONTH_PERIODS.map((p, i) => [p, `Tháng ${i + 1}`])) as Record<MonthPeriod, string>),
  Q1: "Quý I",
  Q2: "Quý II",
  Q3: "Quý III",
  Q4: "Quý IV",
  "6T": "6 tháng",
  "9T": "9 tháng",
  N: "Cả năm",
  UN: "Ước cả năm",
};

/** A label inside a sentence: "số liệu ước", "đang mở". */
export function lowerLabel(label: string): string {
  return label.toLocaleLowerCase("vi");
}
