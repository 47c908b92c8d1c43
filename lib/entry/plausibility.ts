import { formatViNumber } from "@/lib/numbers";
import type { IndicatorKind } from "@/lib/rollup";

export interface PlausibilityInput {
  kind: IndicatorKind;
  value: number;
  lastMonth: number | null;
  lastYearSameMonth: number | null;
  /** a month more than this factor above or below its comparison is a jump */
  jumpFactor: number;
  /** sum of the parts entered for the same month, when the indicator has parts */
  partsSum?: number | null;
}

function jump(value: number, base: number | null, factor: number): number | null {
  if (base === null || base <= 0 || value <= 0) return null;
  const ratio = value / base;
  return ratio > factor || ratio < 1 / factor ? ratio : null;
}

/**
 * Warnings that need a note before the month is submitted: a jump versus last month or the
 * same month last year beyond the plan year's factor, a negative month of a cumulative
 * indicator, parts that exceed their whole.
 */
export function plausibilityWarnings(input: PlausibilityInput): string[] {
  const warnings: string[] = [];
  if (input.kind === "cumulative" && input.value < 0) warnings.push("Số liệu tháng của chỉ tiêu cộng dồn là số âm");
  if (input.kind !== "rate") {
    const vsMonth = jump(input.value, input.lastMonth, input.jumpFactor);
    if (vsMonth !== null)
      warnings.push(
        `Chênh lệch lớn so với tháng trước (gấp ${formatViNumber(vsMonth >= 1 ? vsMonth : 1 / vsMonth, 1)} lần)`,
      );
    const vsYear = jump(input.value, input.lastYearSameMonth, input.jumpFactor);
    if (vsYear !== null)
      warnings.push(
        `Chênh lệch lớn so với cùng kỳ năm trước (gấp ${formatViNumber(vsYear >= 1 ? vsYear : 1 / vsYear, 1)} lần)`,
      );
  }
  if (input.partsSum != null && input.partsSum > input.value) {
    warnings.push(
      `Tổng các chỉ tiêu thành phần (${formatViNumber(input.partsSum, 4)}) lớn hơn chỉ tiêu tổng (${formatViNumber(input.value, 4)})`,
    );
  }
  return warnings;
}
