import { formatTarget } from "@/lib/catalogue/format";
import { formatViNumber } from "@/lib/numbers";
import { sumMonths } from "./period-value";
import type { Direction, EntryMap, IndicatorKind, Target } from "./types";
import { targetMet } from "./compare";

export const PACE_STATUSES = ["exceeded", "achieved", "on_track", "behind", "at_risk", "not_yet", "no_target", "no_data"] as const;
export type PaceStatus = (typeof PACE_STATUSES)[number];

export const PACE_LABELS: Record<PaceStatus, string> = {
  exceeded: "Vượt kế hoạch",
  achieved: "Đạt kế hoạch",
  on_track: "Đúng tiến độ",
  behind: "Chậm tiến độ",
  at_risk: "Nguy cơ không đạt",
  not_yet: "Chưa đạt kế hoạch",
  no_target: "Chưa có kế hoạch",
  no_data: "Chưa có số liệu",
};

export interface Pace {
  status: PaceStatus;
  reason: string;
  /** expected share of the year's target by now (0..1), cumulative indicators */
  expectedShare: number | null;
}

export interface PaceInput {
  kind: IndicatorKind;
  direction: Direction;
  unit: string;
  precision: number;
  /** the year-to-date (or point, or rate) value, plain; null = missing */
  value: number | null;
  /** months elapsed: the period's last month */
  month: number;
  target: Target | undefined;
  lastYear: EntryMap;
  /** below this share of the expected pace: at risk (plan year setting, default 0.9) */
  atRiskRatio: number;
}

/** Share of the year's total that last year had reached after `month` months; k/12 without a full last year. */
export function expectedShare(lastYear: EntryMap, month: number): number {
  const full = sumMonths(lastYear, 1, 12).value;
  if (full === null) return month / 12;
  const toDate = month === 12 ? full : sumMonths(lastYear, 1, month).value;
  if (full !== null && toDate !== null && full > 0 && toDate >= 0) return Math.min(1, toDate / full);
  return month / 12;
}

/**
 * Pace and status of an indicator against its year's target (docs/rollup.md "Pace and
 * status"), with the reason in words. Direction "down" mirrors every comparison.
 */
export function paceOf(input: PaceInput): Pace {
  const { value, target, month, direction } = input;
  if (value === null) return { status: "no_data", reason: "Chưa có số liệu của kỳ", expectedShare: null };
  if (!target) return { status: "no_target", reason: "Chưa giao kế hoạch năm", expectedShare: null };
  const unitText = input.unit === "%" ? "%" : ` ${input.unit}`;
  const pctText = (n: number) => `${formatViNumber(n, 1)}%`;

  if (input.kind === "rate" || target.value == null) {
    const met = targetMet(value, target, direction);
    const plan = `kế hoạch ${formatTarget(target, 2)}${unitText === "%" ? "%" : unitText}`;
    if (met) return { status: "achieved", reason: `Đạt ${plan}`, expectedShare: null };
    return { status: month === 12 || input.kind === "rate" ? "at_risk" : "not_yet", reason: `Chưa đạt ${plan}`, expectedShare: null };
  }

  const goal = target.value;
  const up = direction === "up";
  const pct = goal === 0 ? 0 : (value / goal) * 100;
  if (input.kind === "point") {
    if (up ? value >= goal : value <= goal) return { status: up && value > goal ? "exceeded" : "achieved", reason: `Đã đạt ${pctText(pct)} kế hoạch`, expectedShare: null };
    return { status: month === 12 ? "at_risk" : "not_yet", reason: `Hiện đạt ${pctText(pct)} kế hoạch`, expectedShare: null };
  }

  const share = expectedShare(input.lastYear, month);
  const expected = goal * share;
  if (up ? value >= goal : value > goal) {
    if (!up) return { status: "at_risk", reason: `Đã vượt mức kế hoạch (${pctText(pct)})`, expectedShare: share };
    return { status: value > goal ? "exceeded" : "achieved", reason: `Đã đạt ${pctText(pct)} kế hoạch`, expectedShare: share };
  }
  const ratio = up ? (expected === 0 ? 1 : value / expected) : value === 0 ? 1 : expected / value;
  const remaining = 12 - month;
  const needed = remaining > 0 ? `cần bình quân ${formatViNumber((goal - value) / remaining, input.precision)}${unitText}/tháng trong ${remaining} tháng còn lại` : "";
  if (!up) {
    if (month === 12) return { status: "achieved", reason: `Trong mức kế hoạch (${pctText(pct)})`, expectedShare: share };
    return ratio >= 1
      ? { status: "on_track", reason: `Trong mức tiến độ (${pctText(pct)} kế hoạch, mức dự kiến ${pctText(share * 100)})`, expectedShare: share }
      : { status: ratio >= input.atRiskRatio ? "behind" : "at_risk", reason: `Cao hơn mức dự kiến ${pctText(share * 100)} của kế hoạch (đã ${pctText(pct)})`, expectedShare: share };
  }
  if (month === 12) return { status: "at_risk", reason: `Chưa đạt kế hoạch năm (đạt ${pctText(pct)})`, expectedShare: share };
  if (ratio >= 1) return { status: "on_track", reason: `Đạt ${pctText(pct)} kế hoạch, tiến độ cần đạt ${pctText(share * 100)}`, expectedShare: share };
  if (ratio >= input.atRiskRatio) return { status: "behind", reason: `Đạt ${pctText(pct)} kế hoạch, ${needed}`, expectedShare: share };
  return { status: "at_risk", reason: `Đạt ${pctText(pct)} kế hoạch, thấp hơn tiến độ cần đạt ${formatViNumber(share * 100 - pct, 1)} điểm phần trăm; ${needed}`, expectedShare: share };
}
