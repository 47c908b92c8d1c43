import type { Direction } from "@/lib/rollup";

/**
 * Ranking the units that report an indicator (issue 17, point 4; docs/domain.md "Xếp hạng địa
 * phương"). Pure: plain numbers in, ranks out.
 *
 * - The measure is the unit's % of its own plan (HĐND target) when the units have targets, else
 *   its change against the same period last year (%).
 * - The province average is the province-level figure of the same measure: Σ units' values /
 *   Σ units' targets × 100 (or Σ values / Σ last year's values × 100 − 100), over the units that
 *   have both figures, so a large district weighs more than a small one, as in the province total.
 * - Units rank by the measure (best first; "down" indicators: lowest first), ties share a rank
 *   (competition ranking: 1, 1, 3); a unit without the measure has no rank and comes last.
 * - `belowAverageMonths`: consecutive months, ending at the period's last month, in which the
 *   unit's year-to-date measure was worse than that month's province average; a month without
 *   the unit's figure (or without an average) ends the run. Three or more: the unit lags
 *   (seed 003: "liên tiếp 03 tháng thấp hơn mức bình quân chung của tỉnh").
 */

export const LAGGING_MONTHS = 3;

export type RankingBasis = "plan" | "change";

/** Figures of one month: the year to date at the end of it, and the same months last year. */
export interface MonthFigures {
  value: number | null;
  lastYear: number | null;
}

export interface UnitFiguresInput {
  unit: string;
  /** the period's figure (year to date) */
  value: number | null;
  /** the unit's plan for the year (HĐND), null when it has none */
  target: number | null;
  /** the same period last year (the predecessors' sum for a successor) */
  lastYearValue: number | null;
  /** index 0 = January, up to the period's last month */
  months: MonthFigures[];
}

export interface RankedUnit {
  unit: string;
  /** the measure: % of plan or change (%) */
  measure: number | null;
  rank: number | null;
  belowAverageMonths: number;
  lagging: boolean;
}

export interface Ranking {
  basis: RankingBasis;
  /** the province average of the measure for the period */
  average: number | null;
  /** the province average month by month (index 0 = January) */
  monthlyAverages: (number | null)[];
  /** best first; units without a measure last, in the order given */
  units: RankedUnit[];
}

/** Plan when any unit has a target, else the change against last year. */
export function rankingBasis(units: readonly { target: number | null }[]): RankingBasis {
  return units.some((u) => u.target !== null && u.target !== 0) ? "plan" : "change";
}

/** A unit's measure from its value, target and last year's value. */
export function measureOf(
  basis: RankingBasis,
  value: number | null,
  target: number | null,
  lastYear: number | null,
): number | null {
  if (value === null) return null;
  if (basis === "plan") return target === null || target === 0 ? null : (value / target) * 100;
  return lastYear === null || lastYear === 0 ? null : (value / lastYear) * 100 - 100;
}

/** The province average: the measure of the units' sums, over the units with both figures. */
export function provinceAverage(
  basis: RankingBasis,
  figures: readonly { value: number | null; target: number | null; lastYear: number | null }[],
): number | null {
  let values = 0;
  let bases = 0;
  let counted = 0;
  for (const f of figures) {
    const base = basis === "plan" ? f.target : f.lastYear;
    if (f.value === null || base === null || base === 0) continue;
    values += f.value;
    bases += base;
    counted++;
  }
  if (counted === 0 || bases === 0) return null;
  return measureOf(basis, values, basis === "plan" ? bases : null, basis === "change" ? bases : null);
}

/** Equal within rounding noise (a ratio computed two ways). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether `measure` is worse than `average` for an indicator of this direction (equal is not worse). */
export function worseThan(direction: Direction, measure: number, average: number): boolean {
  if (same(measure, average)) return false;
  return direction === "down" ? measure > average : measure < average;
}

/** Competition ranks of the measures, best first for the direction; null measures get no rank. */
export function competitionRanks(measures: readonly (number | null)[], direction: Direction): (number | null)[] {
  const ranked = measures.filter((m): m is number => m !== null);
  return measures.map((m) => (m === null ? null : 1 + ranked.filter((other) => worseThan(direction, m, other)).length));
}

/** Consecutive months, counted back from the last, in which the unit was worse than the average. */
export function monthsBelowAverage(
  measures: readonly (number | null)[],
  averages: readonly (number | null)[],
  direction: Direction,
): number {
  let count = 0;
  for (let i = measures.length - 1; i >= 0; i--) {
    const measure = measures[i];
    const average = averages[i];
    if (measure === null || average === null || average === undefined || !worseThan(direction, measure, average)) break;
    count++;
  }
  return count;
}

export function rankUnits(units: readonly UnitFiguresInput[], direction: Direction = "up"): Ranking {
  const basis = rankingBasis(units);
  const measures = units.map((u) => measureOf(basis, u.value, u.target, u.lastYearValue));
  const ranks = competitionRanks(measures, direction);
  const monthCount = Math.max(0, ...units.map((u) => u.months.length));
  const monthlyAverages = Array.from({ length: monthCount }, (_, i) =>
    provinceAverage(
      basis,
      units.map((u) => ({
        value: u.months[i]?.value ?? null,
        target: u.target,
        lastYear: u.months[i]?.lastYear ?? null,
      })),
    ),
  );
  const ranked = units.map((u, i): RankedUnit => {
    const monthly = Array.from({ length: monthCount }, (_, m) =>
      measureOf(basis, u.months[m]?.value ?? null, u.target, u.months[m]?.lastYear ?? null),
    );
    const below = monthsBelowAverage(monthly, monthlyAverages, direction);
    return {
      unit: u.unit,
      measure: measures[i],
      rank: ranks[i],
      belowAverageMonths: below,
      lagging: below >= LAGGING_MONTHS,
    };
  });
  const order = ranked
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.rank ?? Infinity) - (b.r.rank ?? Infinity) || a.i - b.i)
    .map(({ r }) => r);
  return {
    basis,
    average: provinceAverage(
      basis,
      units.map((u) => ({ value: u.value, target: u.target, lastYear: u.lastYearValue })),
    ),
    monthlyAverages,
    units: order,
  };
}
