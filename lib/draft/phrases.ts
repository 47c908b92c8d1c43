import type { ChangeStyle } from "@/db/schema/vocabulary";
import { formatViNumber } from "@/lib/numbers";
import { periodLabel, periodSpan, type PeriodCode } from "@/lib/periods";
import type { ReportFigures, RowIndicator } from "@/lib/rollup/report-row";
import type { Target } from "@/lib/rollup";

/** How an indicator is worded: its name in a sentence, unit and the three display precisions (docs/domain.md §9). */
export interface WordedIndicator extends RowIndicator {
  code: string;
  name: string;
  sentenceName: string | null;
  pctPrecision: number;
  changePrecision: number;
  changeStyle: ChangeStyle;
}

const n = (value: number, precision: number) => formatViNumber(value, precision);

/** A unit written right after the number without a space: "%", "% kế hoạch". */
const isPercentUnit = (unit: string) => unit.startsWith("%");

/** "ước đạt" for an estimate, "đạt" for a preliminary or official figure. */
export function verbFor(figures: Pick<ReportFigures, "valueStatus">): string {
  return figures.valueStatus === "estimate" ? "ước đạt" : "đạt";
}

/**
 * A number as the report writes it: vi-VN at the precision, trailing zeros dropped; counts
 * below ten get a leading zero as in administrative reports ("03 Trung tâm Y tế", seed 000).
 */
export function numberPhrase(ind: Pick<WordedIndicator, "precision" | "unit">, value: number): string {
  const text = n(value, ind.precision);
  if (ind.precision === 0 && !isPercentUnit(ind.unit) && /^[1-9]$/.test(text)) return `0${text}`;
  return text;
}

/** "2.285 triệu USD", "03 Trung tâm Y tế"; % units are written "5,32%", "99,5% kế hoạch". */
export function valuePhrase(ind: Pick<WordedIndicator, "precision" | "unit">, value: number): string {
  if (isPercentUnit(ind.unit)) return `${n(value, ind.precision)}${ind.unit}`;
  return `${numberPhrase(ind, value)} ${ind.unit}`;
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
  const pct = pctPhrase(ind, figures);
  return pct === null ? null : `đạt ${pct} kế hoạch`;
}

/** The bare % of the plan (HĐND's target): "60,1%". */
export function pctPhrase(ind: WordedIndicator, figures: ReportFigures): string | null {
  return figures.pctOfPlan === null ? null : `${n(figures.pctOfPlan, ind.pctPrecision)}%`;
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

/**
 * Point indicators against 31/12 of last year: "tăng 9,75% so với 31/12/2022" ("tăng 2,5%"
 * without `full`); an indicator in % compares in points ("cao hơn 0,4 điểm phần trăm so với 31/12/2022").
 */
export function yearEndPhrase(ind: WordedIndicator, figures: ReportFigures, year: number, full: boolean): string | null {
  const base = `31/12/${year - 1}`;
  if (isPercentUnit(ind.unit)) {
    if (figures.value === null || figures.yearEndValue === null) return null;
    const points = figures.value - figures.yearEndValue;
    const text = n(Math.abs(points), ind.changePrecision);
    if (text === "0") return `tương đương ${base}`;
    return `${points > 0 ? "cao hơn" : "thấp hơn"} ${text} điểm phần trăm${full ? ` so với ${base}` : ""}`;
  }
  if (figures.changeVsYearEndPct === null) return null;
  const change = n(Math.abs(figures.changeVsYearEndPct), ind.changePrecision);
  if (change === "0") return `tương đương ${base}`;
  return `${figures.changeVsYearEndPct > 0 ? "tăng" : "giảm"} ${change}%${full ? ` so với ${base}` : ""}`;
}

/** A rate written with its direction: "tăng 4,05%", "giảm 1,2%". */
export function signedRatePhrase(ind: WordedIndicator, value: number): string {
  return `${value < 0 ? "giảm" : "tăng"} ${n(Math.abs(value), ind.precision)}%`;
}

/** The year's target (HĐND's, else the first) with its unit: "3.891,923 tỷ đồng", "7-7,5%", "từ 6,5% trở lên", "không quá 2%". */
export function targetPhrase(ind: Pick<WordedIndicator, "unit" | "targets">): string | null {
  const target = ind.targets.find((t) => t.source === "hdnd") ?? ind.targets[0];
  if (!target) return null;
  // a plan figure is written exactly as adopted (up to 4 decimals: "3.891,923 tỷ đồng")
  const withUnit = (text: string) => (isPercentUnit(ind.unit) ? `${text}${ind.unit}` : `${text} ${ind.unit}`);
  if (target.value != null) return withUnit(n(target.value, 4));
  if (target.min != null && target.max != null) return withUnit(`${n(target.min, 4)}-${n(target.max, 4)}`);
  if (target.min != null) return `từ ${withUnit(n(target.min, 4))} trở lên`;
  if (target.max != null) return `không quá ${withUnit(n(target.max, 4))}`;
  return null;
}

/** The period as a sentence names it: "6 tháng đầu năm", "9 tháng", "quý I", "tháng 7", "năm 2024". */
export function periodPhrase(period: PeriodCode, year: number): string {
  if (period === "6T") return "6 tháng đầu năm";
  if (period === "9T") return "9 tháng";
  if (period === "N" || period === "UN") return `năm ${year}`;
  return periodLabel(period, year).replace(/\/\d{4}$/, "");
}

/** The last day of the period: "30/6/2023", "30/9/2024", "31/12/2024". */
export function periodEndDate(period: PeriodCode, year: number): string {
  const month = periodSpan(period).end;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${day}/${month}/${year}`;
}
