import type { ChangeStyle } from "@/db/schema/vocabulary";
import { comparesInPoints, formatViNumber, isPercentUnit } from "@/lib/numbers";
import { periodLabel, periodSpan, type PeriodCode } from "@/lib/periods";
import type { ReportFigures, RowIndicator } from "@/lib/rollup/report-row";
import { changeVsBase, previousPeriod, targetMet, type Target } from "@/lib/rollup";
import { DEFAULT_HOUSE_STYLE, percentNumber, SMALL_FALL_LIMIT, yearEndName, type HouseStyle } from "./house-style";

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

// the unit and points rules are the formatter's (lib/numbers/indicator-format.ts), shared with the pages and the biểu
export { comparesInPoints, isPercentUnit };

/** Lower-is-better indicators (nợ xấu, tỷ lệ hộ nghèo) are never said to "đạt" a figure. */
export const isLowerBetter = (ind: Pick<WordedIndicator, "direction">) => ind.direction === "down";

/** A name that already says "đạt" ("Số tiêu chí … bình quân đạt/xã") takes "là", never a second "đạt". */
const saysDat = (name: string) => /(^|[\s/])đạt([\s/]|$)/iu.test(name);

/**
 * The verb before the figure: "ước đạt" / "đạt"; "là" after a name that says "đạt"; lower-is-better
 * indicators take none ("Nợ xấu 379 tỷ đồng"), levels in % move: "giảm còn 11,21%", "tăng lên 3,2%".
 */
export function verbFor(
  figures: Pick<ReportFigures, "valueStatus"> & Partial<Pick<ReportFigures, "value" | "yearEndValue">>,
  ind?: Pick<WordedIndicator, "direction" | "unit" | "kind">,
  name = "",
): string {
  const est = figures.valueStatus === "estimate" ? "ước " : "";
  if (ind && isLowerBetter(ind)) {
    if (
      ind.kind === "point" &&
      isPercentUnit(ind.unit) &&
      figures.value != null &&
      figures.yearEndValue != null &&
      figures.value !== figures.yearEndValue
    ) {
      return `${est}${figures.value < figures.yearEndValue ? "giảm còn" : "tăng lên"}`;
    }
    return est.trim();
  }
  if (saysDat(name)) return `${est}là`;
  return `${est}đạt`;
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

const SOURCE_WORDS: Record<Target["source"], string> = {
  hdnd: "dự toán tỉnh giao",
  tw: "dự toán Trung ương giao",
  phan_dau: "kế hoạch phấn đấu",
};

/**
 * "đạt 60,1% kế hoạch"; with targets from Trung ương and HĐND both:
 * "đạt 70,1% dự toán Trung ương giao, đạt 69,2% dự toán tỉnh giao". Null without a % of plan.
 */
export function planPhrase(
  ind: WordedIndicator,
  figures: ReportFigures,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): string | null {
  const tw = figures.pctOfPlanBySource.tw;
  const hdnd = figures.pctOfPlanBySource.hdnd;
  const verb = isLowerBetter(ind) ? "bằng" : "đạt";
  if (tw != null && hdnd != null)
    return `${verb} ${percentNumber(tw, ind.pctPrecision, style)}% ${SOURCE_WORDS.tw}, ${verb} ${percentNumber(hdnd, ind.pctPrecision, style)}% ${SOURCE_WORDS.hdnd}`;
  const pct = pctPhrase(ind, figures, style);
  return pct === null ? null : `${verb} ${pct} kế hoạch`;
}

/** The bare % of the plan (HĐND's target): "60,1%". */
export function pctPhrase(
  ind: WordedIndicator,
  figures: ReportFigures,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): string | null {
  return figures.pctOfPlan === null ? null : `${percentNumber(figures.pctOfPlan, ind.pctPrecision, style)}%`;
}

/**
 * The comparison with the same period last year, one per kind of indicator, the same as the
 * biểu's: amounts as a change ("tăng 101,1%", "giảm 54%") or a ratio ("bằng 99,6% cùng kỳ":
 * the indicator's style, or a small fall in a house style that says so); indicators in %
 * (rates, shares, levels) in percentage points. "tương đương cùng kỳ" when the rounded change
 * is 0. With `full`, increases and decreases get "so với cùng kỳ". Null when last year is
 * missing (never written as 0).
 */
export function changePhrase(
  ind: WordedIndicator,
  figures: ReportFigures,
  full: boolean,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): string | null {
  return comparePhrase(ind, figures.value, figures.lastYearValue, "cùng kỳ", full, style);
}

/** One figure against a base ("cùng kỳ", "tháng trước", "quý trước"), as changePhrase words it. */
export function comparePhrase(
  ind: WordedIndicator,
  value: number | null,
  base: number | null,
  baseWords: string,
  full: boolean,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): string | null {
  if (value === null || base === null) return null;
  const suffix = full ? ` so với ${baseWords}` : "";
  if (comparesInPoints(ind)) {
    const points = value - base;
    const text = percentNumber(Math.abs(points), ind.kind === "rate" ? 2 : ind.changePrecision, style);
    if (/^[0,]+$/.test(text)) return `tương đương ${baseWords}`;
    return `${pointsWord(ind, points)} ${text} điểm phần trăm${suffix}`;
  }
  const change = changeVsBase(ind.kind, value, base);
  if (change.pct === null || change.ratio === null) return null;
  const text = percentNumber(Math.abs(change.pct), ind.changePrecision, style);
  if (/^[0,]+$/.test(text)) return `tương đương ${baseWords}`;
  const smallFall = change.pct < 0 && change.pct > -SMALL_FALL_LIMIT && style.smallFall === "ratio";
  if (ind.changeStyle === "ratio" || smallFall)
    return `bằng ${percentNumber(change.ratio, ind.changePrecision, style)}% ${baseWords}`;
  return `${change.pct > 0 ? "tăng" : "giảm"} ${text}%${suffix}`;
}

/** "cao hơn" / "thấp hơn" a base; a lower-is-better level moves: "giảm" / "tăng". */
function pointsWord(ind: Pick<WordedIndicator, "direction">, points: number): string {
  if (isLowerBetter(ind)) return points > 0 ? "tăng" : "giảm";
  return points > 0 ? "cao hơn" : "thấp hơn";
}

/**
 * Point indicators against last year's end: "tăng 9,75% so với 31/12/2022" ("tăng 2,5%"
 * without `full`; "cuối năm 2022" in a house style that names it so); an indicator in %
 * compares in points ("cao hơn 0,4 điểm phần trăm so với 31/12/2022"; a lower-is-better level:
 * "giảm 3,37 điểm phần trăm").
 */
export function yearEndPhrase(
  ind: WordedIndicator,
  figures: ReportFigures,
  year: number,
  full: boolean,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): string | null {
  const base = yearEndName(year, style);
  if (isPercentUnit(ind.unit)) {
    if (figures.value === null || figures.yearEndValue === null) return null;
    const points = figures.value - figures.yearEndValue;
    const text = percentNumber(Math.abs(points), ind.changePrecision, style);
    if (/^[0,]+$/.test(text)) return `tương đương ${base}`;
    return `${pointsWord(ind, points)} ${text} điểm phần trăm${full ? ` so với ${base}` : ""}`;
  }
  if (figures.changeVsYearEndPct === null) return null;
  const change = percentNumber(Math.abs(figures.changeVsYearEndPct), ind.changePrecision, style);
  if (/^[0,]+$/.test(change)) return `tương đương ${base}`;
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

/**
 * A target's verdict, for rates and any indicator whose plan is a range or a bound: "đạt kế
 * hoạch (7-7,5%)", "vượt kế hoạch (…)", "chưa đạt kế hoạch (…)"; in a finished year "không
 * đạt kế hoạch (…)". Null without a target or a figure.
 */
export function verdictPhrase(
  ind: WordedIndicator,
  figures: Pick<ReportFigures, "value">,
  final: boolean,
): string | null {
  const target = ind.targets.find((t) => t.source === "hdnd") ?? ind.targets[0];
  const plan = targetPhrase(ind);
  if (!target || plan === null || figures.value === null) return null;
  const met = targetMet(figures.value, target, ind.direction);
  if (!met) return `${final ? "không đạt" : "chưa đạt"} kế hoạch (${plan})`;
  const top = ind.direction === "up" ? (target.max ?? target.value) : (target.min ?? target.value);
  const beyond = top != null && (ind.direction === "up" ? figures.value > top : figures.value < top);
  return `${beyond ? "vượt" : "đạt"} kế hoạch (${plan})`;
}

/** How a month or quarter names the period before it: "tháng trước", "quý trước". */
const previousWords = (period: PeriodCode) => (period.startsWith("Q") ? "quý trước" : "tháng trước");

/** A month or quarter that does not start in January: its own figure differs from the year to date. */
export function isSlicedPeriod(period: PeriodCode): boolean {
  return previousPeriod(period) !== null && periodSpan(period).start > 1;
}

/** The year to date of a month or quarter report: "lũy kế 10 tháng", "lũy kế cả năm". Null for periods from January. */
export function toDatePhrase(period: PeriodCode): string | null {
  if (!isSlicedPeriod(period)) return null;
  const end = periodSpan(period).end;
  return end === 12 ? "lũy kế cả năm" : `lũy kế ${end} tháng`;
}

/**
 * A month's or quarter's own figure and its comparisons: "tháng 10 ước đạt 541 triệu USD,
 * tăng 3% so với tháng trước, tăng 18% so với cùng kỳ" (`short`: "tháng 10: 541 triệu USD, …").
 * Null for periods from January, without the figure, or when it is 0 (a zero never reaches the prose).
 */
export function ownPeriodPhrase(
  ind: WordedIndicator,
  figures: ReportFigures,
  period: PeriodCode,
  year: number,
  short: boolean,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
  name = "",
): string | null {
  if (
    !isSlicedPeriod(period) ||
    ind.kind !== "cumulative" ||
    figures.inPeriodValue === null ||
    figures.inPeriodValue === 0
  )
    return null;
  const head = short
    ? `${periodPhrase(period, year)}: ${valuePhrase(ind, figures.inPeriodValue)}`
    : `${periodPhrase(period, year)} ${verbFor(figures, ind, name)} ${valuePhrase(ind, figures.inPeriodValue)}`.replace(
        /\s+/g,
        " ",
      );
  const comparisons = [
    comparePhrase(ind, figures.inPeriodValue, figures.previousInPeriodValue, previousWords(period), true, style),
    comparePhrase(ind, figures.inPeriodValue, figures.lastYearInPeriodValue, "cùng kỳ", true, style),
  ].filter((c): c is string => c !== null);
  return [head, ...comparisons].join(", ");
}

/** The 6- and 9-month reports state the whole-year estimate where one was entered: "9.400 ha, đạt 104,4% kế hoạch" (after "ước thực hiện cả năm"). */
export function yearEstimatePhrase(
  ind: WordedIndicator,
  figures: ReportFigures,
  period: PeriodCode,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): string | null {
  if ((period !== "6T" && period !== "9T") || figures.yearEstimate === null) return null;
  const pct =
    figures.yearEstimatePctOfPlan === null
      ? ""
      : `, ${isLowerBetter(ind) ? "bằng" : "đạt"} ${percentNumber(figures.yearEstimatePctOfPlan, ind.pctPrecision, style)}% kế hoạch`;
  return `${valuePhrase(ind, figures.yearEstimate)}${pct}`;
}

/** A count kept as a level ("Xã đạt chuẩn nông thôn mới", unit "xã"): its name starts with its unit. */
export function isCount(ind: Pick<WordedIndicator, "kind" | "unit" | "name">): boolean {
  if (ind.kind !== "point" || isPercentUnit(ind.unit)) return false;
  return ind.name.toLocaleLowerCase("vi").startsWith(`${ind.unit.toLocaleLowerCase("vi")} `);
}

/** What a count counts, after its unit: "đạt chuẩn nông thôn mới" of "Xã đạt chuẩn nông thôn mới". */
export function countedPhrase(ind: Pick<WordedIndicator, "unit" | "name">): string {
  return ind.name
    .slice(ind.unit.length)
    .replace(/\s*\(?lũy kế\)?\s*$/u, "")
    .trim();
}

/** How many a count gained since last year's end ("06 xã"); null when it did not grow or the base is missing. */
export function addedPhrase(
  ind: WordedIndicator,
  figures: Pick<ReportFigures, "value" | "yearEndValue">,
): string | null {
  if (figures.value === null || figures.yearEndValue === null || figures.value <= figures.yearEndValue) return null;
  return valuePhrase(ind, figures.value - figures.yearEndValue);
}
