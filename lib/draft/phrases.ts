import { formatViNumber } from "@/lib/numbers";
import type { ReportFigures, RowIndicator } from "@/lib/rollup/report-row";
import type { Target } from "@/lib/rollup";

/** How an indicator is worded: its name in a sentence, unit and the three display precisions (domain.md §7). */
export interface WordedIndicator extends RowIndicator {
  code: string;
  name: string;
  sentenceName: string | null;
  pctPrecision: number;
  changePrecision: number;
  changeStyle: "change" | "ratio";
}

const n = (value: number, precision: number) => formatViNumber(value, precision);

/** "ước đạt" for an estimate, "đạt" for a preliminary or official figure. */
export function verbFor(figures: ReportFigures): string {
  return figures.valueStatus === "estimate" ? "ước đạt" : "đạt";
}

/** "2.285 triệu USD"; rates and % units are written "5,32%". */
export function valuePhrase(ind: WordedIndicator, value: number): string {
  return ind.unit === "%" ? `${n(value, ind.precision)}%` : `${n(value, ind.precision)} ${ind.unit}`;
}

const SOURCE_WORDS: Record<Target["source"], string> = { hdnd: "dự toán tỉnh giao", tw: "dự toán Trung ương giao", phan_dau: "kế hoạch phấn đấu" };

/**
 * "đạt 60,1% kế hoạch"; with targets from Trung ương and HĐND both:
 * "đạt 70,1% dự toán Trung ương giao, đạt 69,2% dự toán tỉnh giao". Null without a % of plan.
 */
export function planPhrase(ind: WordedIndicator, figures: ReportFigures): string | null {
  const tw = figures.pctOfPlanBySource.tw;
  const hdnd = figures.pctOfPlanBySource.hdnd;
  if (tw != null && hdnd != null) return `đạt ${n(tw, ind.pctPrecision)}% ${SOURCE_WORDS.tw}, đạt ${n(hdnd, ind.pctPrecision)}% ${SOURCE_WORDS.hdnd}`;
  if (figures.pctOfPlan === null) return null;
  return `đạt ${n(figures.pctOfPlan, ind.pctPrecision)}% kế hoạch`;
}

/**
 * The comparison with the same period last year: "tăng 101,1%", "giảm 54%", "bằng 99,6%
 * cùng kỳ" (ratio style), "tương đương cùng kỳ" when the rounded change is 0. With `full`,
 * increases and decreases get "so với cùng kỳ". Rates compare in points. Null when last
 * year is missing (never written as 0).
 */
export function changePhrase(ind: WordedIndicator, figures: ReportFigures, full: boolean): string | null {
  const suffix = full ? " so với cùng kỳ" : "";
  if (ind.kind === "rate") {
    if (figures.changePoints === null) return null;
    const points = n(Math.abs(figures.changePoints), 2);
    if (points === "0") return "tương đương cùng kỳ";
    return `${figures.changePoints > 0 ? "cao hơn" : "thấp hơn"} ${points} điểm phần trăm${suffix}`;
  }
  if (figures.changePct === null || figures.changeRatio === null) return null;
  const change = n(Math.abs(figures.changePct), ind.changePrecision);
  if (change === "0") return "tương đương cùng kỳ";
  if (ind.changeStyle === "ratio") return `bằng ${n(figures.changeRatio, ind.changePrecision)}% cùng kỳ`;
  return `${figures.changePct > 0 ? "tăng" : "giảm"} ${change}%${suffix}`;
}

/** Point indicators: "tăng 9,75% so với 31/12/2022". */
export function yearEndPhrase(ind: WordedIndicator, figures: ReportFigures, year: number, full: boolean): string | null {
  if (figures.changeVsYearEndPct === null) return null;
  const change = n(Math.abs(figures.changeVsYearEndPct), ind.changePrecision);
  if (change === "0") return `tương đương 31/12/${year - 1}`;
  return `${figures.changeVsYearEndPct > 0 ? "tăng" : "giảm"} ${change}%${full ? ` so với 31/12/${year - 1}` : ""}`;
}
