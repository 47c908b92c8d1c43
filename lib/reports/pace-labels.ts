import { formatTarget } from "@/lib/catalogue/format";
import { formatViNumber, percentDigits, type PercentDecimals } from "@/lib/numbers";
import type { PaceReason, PaceStatus } from "@/lib/rollup/pace";

/** The statuses as the dashboard, the indicator page and the draft name them. */
export const PACE_LABELS: Record<PaceStatus, string> = {
  exceeded: "Vượt kế hoạch",
  achieved: "Đạt kế hoạch",
  on_track: "Đúng tiến độ",
  behind: "Chậm tiến độ",
  at_risk: "Nguy cơ không đạt",
  not_yet: "Chưa đạt kế hoạch",
  not_achieved: "Không đạt kế hoạch",
  no_target: "Chưa có kế hoạch",
  no_data: "Chưa có số liệu",
};

/**
 * The reason of a status in words ("Đạt 71,1% kế hoạch, cần bình quân 367 triệu USD/tháng trong
 * 3 tháng còn lại"): percentages of plan at the indicator's precision in the house style, as
 * everywhere else (lib/numbers/indicator-format.ts).
 */
export function paceReasonText(
  reason: PaceReason,
  indicator: { unit: string; precision: number; pctPrecision: number },
  pctDecimals: PercentDecimals = "as_needed",
): string {
  const pctText = (n: number) => `${percentDigits(n, indicator.pctPrecision, pctDecimals)}%`;
  const unitText = indicator.unit === "%" ? "%" : ` ${indicator.unit}`;
  const needed = (monthly: number | null, remaining: number) =>
    monthly === null
      ? ""
      : `cần bình quân ${formatViNumber(monthly, indicator.precision)}${unitText}/tháng trong ${remaining} tháng còn lại`;
  switch (reason.code) {
    case "no_data":
      return "Chưa có số liệu của kỳ";
    case "no_target":
      return "Chưa giao kế hoạch năm";
    case "plan_met":
      return `Đạt kế hoạch ${formatTarget(reason.target)}${unitText}`;
    case "plan_not_met":
      return `${reason.final ? "Không đạt" : "Chưa đạt"} kế hoạch ${formatTarget(reason.target)}${unitText}`;
    case "level_reached":
    case "year_reached":
      return `Đã đạt ${pctText(reason.pct)} kế hoạch`;
    case "level_short":
      return reason.final
        ? `Không đạt kế hoạch năm (đạt ${pctText(reason.pct)})`
        : `Hiện đạt ${pctText(reason.pct)} kế hoạch`;
    case "year_short":
      return `Không đạt kế hoạch năm (đạt ${pctText(reason.pct)})`;
    case "on_pace":
      return `Đạt ${pctText(reason.pct)} kế hoạch, tiến độ cần đạt ${pctText(reason.expectedPct)}`;
    case "behind_pace":
      return `Đạt ${pctText(reason.pct)} kế hoạch, ${needed(reason.monthlyNeeded, reason.remainingMonths)}`;
    case "far_behind_pace":
      return `Đạt ${pctText(reason.pct)} kế hoạch, thấp hơn tiến độ cần đạt ${formatViNumber(reason.gapPoints, 1)} điểm phần trăm; ${needed(reason.monthlyNeeded, reason.remainingMonths)}`;
    case "ceiling_exceeded":
      return `Đã vượt mức kế hoạch (${pctText(reason.pct)})`;
    case "within_ceiling":
      return `Trong mức kế hoạch (${pctText(reason.pct)})`;
    case "within_pace":
      return `Trong mức tiến độ (${pctText(reason.pct)} kế hoạch, mức dự kiến ${pctText(reason.expectedPct)})`;
    case "above_pace":
      return `Cao hơn mức dự kiến ${pctText(reason.expectedPct)} của kế hoạch (đã ${pctText(reason.pct)})`;
  }
}
