import { isMonthPeriod, periodSpan, type PeriodCode } from "@/lib/periods";

/**
 * The opening paragraph of a report ("Thực hiện …, UBND tỉnh báo cáo … như sau:"): a plan-year
 * setting per report kind, written as a template with three placeholders. Pure: the admin form
 * checks and previews it in the browser with the same code.
 *
 *   {year}    the plan year ("2023")
 *   {period}  the period as the opening names it ("tháng 10", "quý III", "6 tháng đầu năm", "9 tháng đầu năm", "năm 2024")
 *   {next}    what comes after it, with its year ("tháng 11 năm 2024", "quý I năm 2025", "6 tháng cuối năm 2023", "3 tháng cuối năm 2024", "năm 2025")
 */

/** db/schema/plan.ts REPORT_KINDS (the schema is not imported into the browser). */
export const REPORT_KINDS = ["month", "quarter", "6T", "9T", "N"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  month: "Báo cáo tháng",
  quarter: "Báo cáo quý",
  "6T": "Báo cáo 6 tháng",
  "9T": "Báo cáo 9 tháng",
  N: "Báo cáo năm",
};

export const OPENING_PLACEHOLDERS = ["year", "period", "next"] as const;
export const OPENING_MAX = 1000;

const BASIS = "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm {year}, UBND tỉnh báo cáo";

/** What a plan year's reports open with when the admin has not set it. */
export const DEFAULT_OPENINGS: Record<ReportKind, string> = {
  month: `${BASIS} tình hình kinh tế - xã hội {period}, nhiệm vụ, giải pháp {next} như sau:`,
  quarter: `${BASIS} tình hình kinh tế - xã hội {period}, nhiệm vụ, giải pháp {next} như sau:`,
  "6T": `${BASIS} tình hình thực hiện {period}, nhiệm vụ, giải pháp {next} như sau:`,
  "9T": `${BASIS} tình hình thực hiện {period}, nhiệm vụ, giải pháp {next} như sau:`,
  N: `${BASIS} tình hình thực hiện {period}, nhiệm vụ, giải pháp {next} như sau:`,
};

const ROMAN = ["I", "II", "III", "IV"];

/** The kind of report a period is: T01…T12 month, Q1…Q4 quarter, 6T, 9T, N (the whole-year estimate too). */
export function reportKindOf(period: PeriodCode): ReportKind {
  if (isMonthPeriod(period)) return "month";
  if (period.startsWith("Q")) return "quarter";
  return period === "UN" ? "N" : (period as "6T" | "9T" | "N");
}

/** The placeholders' values for a period of a year. */
export function openingValues(period: PeriodCode, year: number): Record<(typeof OPENING_PLACEHOLDERS)[number], string> {
  const kind = reportKindOf(period);
  const end = periodSpan(period).end;
  const values = { year: String(year), period: "", next: "" };
  if (kind === "month") {
    values.period = `tháng ${end}`;
    values.next = end === 12 ? `tháng 1 năm ${year + 1}` : `tháng ${end + 1} năm ${year}`;
  } else if (kind === "quarter") {
    const q = end / 3;
    values.period = `quý ${ROMAN[q - 1]}`;
    values.next = q === 4 ? `quý I năm ${year + 1}` : `quý ${ROMAN[q]} năm ${year}`;
  } else if (kind === "6T") {
    values.period = "6 tháng đầu năm";
    values.next = `6 tháng cuối năm ${year}`;
  } else if (kind === "9T") {
    values.period = "9 tháng đầu năm";
    values.next = `3 tháng cuối năm ${year}`;
  } else {
    values.period = `năm ${year}`;
    values.next = `năm ${year + 1}`;
  }
  return values;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The opening of a period's report from its template (the default of its kind when none is set). */
export function renderOpening(template: string | null | undefined, period: PeriodCode, year: number): string {
  const text = template?.trim() ? template.trim() : DEFAULT_OPENINGS[reportKindOf(period)];
  const values: Record<string, string> = openingValues(period, year);
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** What is wrong with an opening template, in Vietnamese (null when it is fine). */
export function openingProblem(template: string): string | null {
  if (template.length > OPENING_MAX) return `dài quá ${OPENING_MAX} ký tự`;
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(template)) return "có ký tự điều khiển không hợp lệ";
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (!(OPENING_PLACEHOLDERS as readonly string[]).includes(m[1]))
      return `không có chỗ trống {${m[1]}} (chỉ dùng {year}, {period}, {next})`;
  }
  const open = (template.match(/\{/g) ?? []).length;
  const close = (template.match(/\}/g) ?? []).length;
  if (open !== close) return "thiếu dấu ngoặc { hoặc } của chỗ trống";
  return null;
}
