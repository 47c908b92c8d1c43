import { formatViNumber } from "./vi-format";

/**
 * THE ONE WAY an indicator's numbers are written, on every page, in the biểu (.xlsx, .docx,
 * Markdown) and in the draft's sentences (docs/domain.md §9): the figure at the indicator's
 * display precision, the plan figure as adopted, percentages of plan and changes at their own
 * precisions in the house style, trailing zeros dropped.
 */
export interface DisplayIndicator {
  unit: string;
  kind: string;
  /** decimals of its figures */
  precision: number;
  /** decimals of its % of plan */
  pctPrecision: number;
  /** decimals of its change against a base (points for an indicator in %) */
  changePrecision: number;
}

/** How percentages take their decimals, the house style's choice (lib/draft/house-style.ts): the indicator's, trailing zeros dropped, or always two. */
export type PercentDecimals = "as_needed" | "fixed2";

/** A plan figure is written exactly as adopted, up to this many decimals ("3.891,923", "2,223"). */
export const PLAN_FIGURE_DECIMALS = 4;

/** A plan figure's bounds: one value, a range, or a floor or ceiling. */
export interface PlanFigure {
  value?: number | null;
  min?: number | null;
  max?: number | null;
}

/** A percentage's number (of plan, a change, a ratio, points) without its sign: "60,1", "60,10" in fixed2. */
export function percentDigits(value: number, precision: number, decimals: PercentDecimals = "as_needed"): string {
  return decimals === "fixed2" ? formatViNumber(value, 2, { fixed: true }) : formatViNumber(value, precision);
}

/** A plan figure as adopted: "3.800", "2,223", "7-7,5", "≥ 7,5", "≤ 2"; empty when it has none. */
export function planFigureText(target: PlanFigure): string {
  const n = (v: number) => formatViNumber(v, PLAN_FIGURE_DECIMALS);
  if (target.value != null) return n(target.value);
  if (target.min != null && target.max != null) return `${n(target.min)}-${n(target.max)}`;
  if (target.min != null) return `≥ ${n(target.min)}`;
  if (target.max != null) return `≤ ${n(target.max)}`;
  return "";
}

/** A unit written right after the number without a space: "%", "% kế hoạch". */
export const isPercentUnit = (unit: string) => unit.startsWith("%");

/** Indicators in % (rates, shares, levels) compare in percentage points, in the text and in the biểu alike. */
export const comparesInPoints = (ind: Pick<DisplayIndicator, "kind" | "unit">) =>
  ind.kind === "rate" || isPercentUnit(ind.unit);

/** "+4,1%", "-9,8%"; a figure that rounds to zero takes no sign. */
const signed = (v: number, text: string) =>
  /^[0,]+/.test(text) && !/[1-9]/.test(text) ? text : `${v >= 0 ? "+" : "-"}${text}`;

/** The formatter of one indicator; `pctDecimals` is the house style's choice for percentages. */
export function indicatorFormat(ind: DisplayIndicator, pctDecimals: PercentDecimals = "as_needed") {
  const pointsPrecision = ind.kind === "rate" ? 2 : ind.changePrecision;
  const value = (v: number) => formatViNumber(v, ind.precision);
  return {
    /** a figure: "2.285", "6,23" */
    value,
    /** a figure with its unit: "2.285 triệu USD", "6,23%" */
    valueWithUnit: (v: number) => (isPercentUnit(ind.unit) ? `${value(v)}${ind.unit}` : `${value(v)} ${ind.unit}`),
    /** the plan figure as adopted: "2,223", "7-7,5" */
    target: planFigureText,
    /** decimals of points ("+0,35 điểm"): a rate's two, else its change precision */
    pointsPrecision,
    /** % of plan without the sign: "60,1" */
    pctOfPlanDigits: (v: number) => percentDigits(v, ind.pctPrecision, pctDecimals),
    /** % of plan: "60,1%" */
    pctOfPlan: (v: number) => `${percentDigits(v, ind.pctPrecision, pctDecimals)}%`,
    /** a change or a ratio without the sign: "101,1" */
    changeDigits: (v: number) => percentDigits(v, ind.changePrecision, pctDecimals),
    /** a change in %, signed: "+4,1%", "-9,8%" */
    change: (v: number) => signed(v, `${percentDigits(Math.abs(v), ind.changePrecision, pctDecimals)}%`),
    /** a difference in points without the sign: "0,35" */
    pointsDigits: (v: number) => percentDigits(v, pointsPrecision, pctDecimals),
    /** a difference in percentage points, signed: "+0,35 điểm" */
    points: (v: number) => signed(v, `${percentDigits(Math.abs(v), pointsPrecision, pctDecimals)} điểm`),
  };
}

export type IndicatorFormat = ReturnType<typeof indicatorFormat>;
