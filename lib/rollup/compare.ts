import type { Direction, IndicatorKind, Target, TargetSource } from "./types";

/** % of plan = value / annual target × 100 (docs/domain.md §5). Against a range, the lower end; a bound has none; rates have none. */
export function pctOfPlan(kind: IndicatorKind, value: number | null, target: Target | undefined): number | null {
  if (value === null || !target || kind === "rate") return null;
  if (target.value != null) return target.value === 0 ? null : (value / target.value) * 100;
  if (target.min != null && target.max != null) return target.min === 0 ? null : (value / target.min) * 100;
  return null;
}

/** Against the upper end of a range, when the target is one. */
export function pctOfPlanUpper(kind: IndicatorKind, value: number | null, target: Target | undefined): number | null {
  if (value === null || !target || kind === "rate" || target.min == null || target.max == null || target.max === 0)
    return null;
  return (value / target.max) * 100;
}

/** Whether a value meets a target, whatever its shape, respecting direction. */
export function targetMet(value: number | null, target: Target | undefined, direction: Direction): boolean | null {
  if (value === null || !target) return null;
  const up = direction === "up";
  if (target.value != null) return up ? value >= target.value : value <= target.value;
  if (target.min != null && target.max != null) return up ? value >= target.min : value <= target.max;
  if (target.min != null) return value >= target.min;
  if (target.max != null) return value <= target.max;
  return null;
}

export function targetBySource(targets: Target[], source: TargetSource = "hdnd"): Target | undefined {
  return targets.find((t) => t.source === source);
}

export interface Change {
  /** value / base × 100 */
  ratio: number | null;
  /** signed % change: ratio − 100 */
  pct: number | null;
  /** rate indicators: difference in percentage points */
  points: number | null;
}

/** Change versus a base (same period last year, or 31/12 of last year). Missing or zero base: no change. */
export function changeVsBase(kind: IndicatorKind, value: number | null, base: number | null): Change {
  if (value === null || base === null) return { ratio: null, pct: null, points: null };
  if (kind === "rate") return { ratio: null, pct: null, points: value - base };
  if (base === 0) return { ratio: null, pct: null, points: null };
  const ratio = (value / base) * 100;
  return { ratio, pct: ratio - 100, points: null };
}
