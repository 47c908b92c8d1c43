import { sumMonths } from "./period-value";
import type { Direction, EntryMap, IndicatorKind, Target } from "./types";
import { targetMet } from "./compare";

export const PACE_STATUSES = [
  "exceeded",
  "achieved",
  "on_track",
  "behind",
  "at_risk",
  "not_yet",
  "not_achieved",
  "no_target",
  "no_data",
] as const;
export type PaceStatus = (typeof PACE_STATUSES)[number];

/**
 * Why an indicator has its status, as a code and the numbers behind it (the words are
 * lib/reports/pace-labels.ts's). pct: % of the year's plan; expectedPct: where the pace
 * should be by now (% of plan); monthlyNeeded: average per remaining month to reach the plan.
 */
export type PaceReason =
  | { code: "no_data" }
  | { code: "no_target" }
  /** a rate, a range or a bound: met or not (final: not achieved) */
  | { code: "plan_met"; target: Target }
  | { code: "plan_not_met"; target: Target; final: boolean }
  /** a level (point) against its plan figure */
  | { code: "level_reached"; pct: number }
  | { code: "level_short"; pct: number; final: boolean }
  /** a cumulative indicator, higher is better */
  | { code: "year_reached"; pct: number }
  | { code: "year_short"; pct: number }
  | { code: "on_pace"; pct: number; expectedPct: number }
  | { code: "behind_pace"; pct: number; monthlyNeeded: number | null; remainingMonths: number }
  | { code: "far_behind_pace"; pct: number; gapPoints: number; monthlyNeeded: number | null; remainingMonths: number }
  /** a cumulative indicator, lower is better (a ceiling) */
  | { code: "ceiling_exceeded"; pct: number }
  | { code: "within_ceiling"; pct: number }
  | { code: "within_pace"; pct: number; expectedPct: number }
  | { code: "above_pace"; pct: number; expectedPct: number };

export interface Pace {
  status: PaceStatus;
  reason: PaceReason;
  /** expected share of the year's target by now (0..1), cumulative indicators */
  expectedShare: number | null;
}

export interface PaceInput {
  kind: IndicatorKind;
  direction: Direction;
  /** the year-to-date (or point, or rate) value, plain; null = missing */
  value: number | null;
  /** months elapsed: the period's last month */
  month: number;
  target: Target | undefined;
  lastYear: EntryMap;
  /** below this share of the expected pace: at risk (plan year setting, default 0.9) */
  atRiskRatio: number;
  /** the year is over (a period ending in December): statuses are final, vượt / đạt / không đạt (default: month 12) */
  final?: boolean;
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
 * status"), with the reason as a code and numbers. Direction "down" mirrors every
 * comparison. In a finished year the statuses are final: exceeded, achieved or not_achieved.
 */
export function paceOf(input: PaceInput): Pace {
  const { value, target, month, direction } = input;
  const final = input.final ?? month === 12;
  if (value === null) return { status: "no_data", reason: { code: "no_data" }, expectedShare: null };
  if (!target) return { status: "no_target", reason: { code: "no_target" }, expectedShare: null };

  if (input.kind === "rate" || target.value == null) {
    if (targetMet(value, target, direction))
      return { status: "achieved", reason: { code: "plan_met", target }, expectedShare: null };
    const status = final ? "not_achieved" : input.kind === "rate" ? "at_risk" : "not_yet";
    return { status, reason: { code: "plan_not_met", target, final }, expectedShare: null };
  }

  const goal = target.value;
  const up = direction === "up";
  const pct = goal === 0 ? 0 : (value / goal) * 100;
  if (input.kind === "point") {
    if (up ? value >= goal : value <= goal)
      return {
        status: up && value > goal ? "exceeded" : "achieved",
        reason: { code: "level_reached", pct },
        expectedShare: null,
      };
    return {
      status: final ? "not_achieved" : "not_yet",
      reason: { code: "level_short", pct, final },
      expectedShare: null,
    };
  }

  const share = expectedShare(input.lastYear, month);
  const expected = goal * share;
  const expectedPct = share * 100;
  if (up ? value >= goal : value > goal) {
    if (!up)
      return {
        status: final ? "not_achieved" : "at_risk",
        reason: { code: "ceiling_exceeded", pct },
        expectedShare: share,
      };
    return {
      status: value > goal ? "exceeded" : "achieved",
      reason: { code: "year_reached", pct },
      expectedShare: share,
    };
  }
  const ratio = up ? (expected === 0 ? 1 : value / expected) : value === 0 ? 1 : expected / value;
  const remainingMonths = 12 - month;
  const monthlyNeeded = remainingMonths > 0 ? (goal - value) / remainingMonths : null;
  if (!up) {
    if (final) return { status: "achieved", reason: { code: "within_ceiling", pct }, expectedShare: share };
    return ratio >= 1
      ? { status: "on_track", reason: { code: "within_pace", pct, expectedPct }, expectedShare: share }
      : {
          status: ratio >= input.atRiskRatio ? "behind" : "at_risk",
          reason: { code: "above_pace", pct, expectedPct },
          expectedShare: share,
        };
  }
  if (final) return { status: "not_achieved", reason: { code: "year_short", pct }, expectedShare: share };
  if (ratio >= 1) return { status: "on_track", reason: { code: "on_pace", pct, expectedPct }, expectedShare: share };
  if (ratio >= input.atRiskRatio)
    return {
      status: "behind",
      reason: { code: "behind_pace", pct, monthlyNeeded, remainingMonths },
      expectedShare: share,
    };
  return {
    status: "at_risk",
    reason: { code: "far_behind_pace", pct, gapPoints: expectedPct - pct, monthlyNeeded, remainingMonths },
    expectedShare: share,
  };
}
