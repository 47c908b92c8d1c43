import { periodLabel, periodSpan, type PeriodCode } from "@/lib/periods";
import { COMPARISON_HEADER, hasInPeriodColumn, summaryRowFigures, type SummaryRow } from "@/lib/reports/summary-rows";
import type { ExportMeta } from "./meta";

export { COMPARISON_HEADER };

/** The biểu tổng hợp's columns, as on the summary page (docs/domain.md §9). */
export const SUMMARY_HEADERS = [
  "STT",
  "Chỉ tiêu",
  "ĐVT",
  "Kế hoạch năm",
  "Thực hiện kỳ",
  "% kế hoạch",
  "Cùng kỳ năm trước",
  COMPARISON_HEADER,
] as const;

/**
 * The columns of a period's biểu: a month or quarter (from February, Q2) has its own figure
 * and the year to date ("Thực hiện tháng 10", "Lũy kế 10 tháng"), other periods SUMMARY_HEADERS.
 */
export function summaryHeaders(period: PeriodCode, year: number): string[] {
  if (!hasInPeriodColumn(period)) return [...SUMMARY_HEADERS];
  const end = periodSpan(period).end;
  const own = periodLabel(period, year).replace(/\/\d{4}$/, "");
  return [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch năm",
    `Thực hiện ${own}`,
    end === 12 ? "Lũy kế cả năm" : `Lũy kế ${end} tháng`,
    "% kế hoạch",
    "Cùng kỳ năm trước",
    COMPARISON_HEADER,
  ];
}

/** "Biểu tổng hợp các chỉ tiêu chủ yếu 6 tháng đầu năm 2023" */
export function summaryTitle(year: number, period: PeriodCode): string {
  return `Biểu tổng hợp các chỉ tiêu chủ yếu ${periodLabel(period, year)}`;
}

export const SUMMARY_NOTE =
  "Ghi chú: (ư) số ước tính. So cùng kỳ = thực hiện kỳ / cùng kỳ năm trước × 100; chỉ tiêu tính bằng % (tốc độ, tỷ lệ, tỷ trọng) ghi chênh lệch điểm phần trăm, như trong báo cáo.";

/** The row's cells as printed in the Word appendix, in summaryHeaders order (with the period's own column when `inPeriod`). */
export function summaryRowTexts(r: SummaryRow, inPeriod = false): string[] {
  const f = summaryRowFigures(r);
  return [
    r.stt,
    r.name,
    r.unit,
    f.plan ?? "-",
    ...(inPeriod ? [f.inPeriod ?? "-"] : []),
    f.value === null ? "-" : `${f.value}${r.estimate ? " (ư)" : ""}`,
    f.pctOfPlan ?? "-",
    f.lastYear ?? "-",
    f.vsLastYear ?? "-",
  ];
}

/** "(Kèm theo Báo cáo số 123/BC-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh Lạng Sơn)" */
export function attachedToLine(meta: Pick<ExportMeta, "number" | "date" | "issuerName">): string {
  const d = meta.date;
  const date = `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
  return `(Kèm theo Báo cáo số ${meta.number} ngày ${date} của ${meta.issuerName})`;
}
