import { formatViNumber } from "@/lib/numbers";
import { periodLabel, type PeriodCode } from "@/lib/periods";
import type { SummaryRow } from "@/lib/reports/summary-rows";
import type { ExportMeta } from "./meta";

/** The biểu tổng hợp's columns, as on the summary page (docs/domain.md §9). */
export const SUMMARY_HEADERS = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện kỳ", "% kế hoạch", "Cùng kỳ năm trước", "% so cùng kỳ"] as const;

/** "Biểu tổng hợp các chỉ tiêu chủ yếu 6 tháng đầu năm 2023" */
export function summaryTitle(year: number, period: PeriodCode): string {
  return `Biểu tổng hợp các chỉ tiêu chủ yếu ${periodLabel(period, year)}`;
}

export const SUMMARY_NOTE = "Ghi chú: (ư) số ước tính. % so cùng kỳ = thực hiện kỳ / cùng kỳ năm trước × 100; chỉ tiêu tốc độ ghi chênh lệch điểm phần trăm.";

const num = (v: number | null, precision: number) => (v === null ? "-" : formatViNumber(v, precision));

/** A rate's difference in points: "+0,3 điểm", "-1,25 điểm". */
export function pointsText(points: number): string {
  return `${points >= 0 ? "+" : ""}${formatViNumber(points, 2)} điểm`;
}

/** The row's cells as printed in the Word appendix, in SUMMARY_HEADERS order. */
export function summaryRowTexts(r: SummaryRow): string[] {
  return [
    r.stt,
    r.name,
    r.unit,
    r.plan || "-",
    r.value === null ? "-" : `${num(r.value, r.precision)}${r.estimate ? " (ư)" : ""}`,
    num(r.pctOfPlan, r.pctPrecision),
    num(r.lastYear, r.precision),
    r.rate ? (r.vsLastYear === null ? "-" : pointsText(r.vsLastYear)) : num(r.vsLastYear, r.changePrecision),
  ];
}

/** "(Kèm theo Báo cáo số 123/BC-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh Lạng Sơn)" */
export function attachedToLine(meta: Pick<ExportMeta, "number" | "date" | "issuerName">): string {
  const d = meta.date;
  const date = `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
  return `(Kèm theo Báo cáo số ${meta.number} ngày ${date} của ${meta.issuerName})`;
}
