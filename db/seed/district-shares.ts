import { decimalStringFromScaled, scaledFromDecimalString } from "@/lib/numbers/decimal";
import { shareCode } from "@/lib/units/declare-reporting";
import {
  DISBURSEMENT_PACE_2024,
  REVENUE_PACE,
  DISTRICT_INDICATORS,
  districts,
  type DistrictIndicator,
  type SeedDistrict,
} from "./data/districts";
import type { SeedTarget, SeedValue } from "./data/types";

/**
 * The districts' shares of the three province indicators they report (data/districts.ts),
 * derived from the province's own demo figures so that, for every year and period, the
 * districts' figures sum exactly to the province's (scaled integers, × 10 000): each figure
 * is split by fixed integer weights with largest-remainder rounding. Targets are split by the
 * district's weight; the months of the cumulative indicators by the weight times the
 * district's pace (DISBURSEMENT_PACE_2024: the laggards' share of the months is below their
 * share of the plan), the communes of the point indicator one commune at a time (a district
 * never loses a commune that met the standard).
 */

const WEIGHT_OF: Record<DistrictIndicator, keyof SeedDistrict["weights"]> = {
  "dtc.giai_ngan": "giaiNgan",
  "nn.xa_ntm": "xaNtm",
  thu_ns: "thuNs",
};

const VALUE_NOTE =
  "Phần của huyện (phái sinh): số liệu của tỉnh chia theo tỷ trọng cố định của huyện, tổng các huyện bằng số liệu của tỉnh - giả định demo";
const TARGET_NOTE =
  "Phần của huyện (phái sinh): kế hoạch của tỉnh chia theo tỷ trọng cố định của huyện, tổng các huyện bằng kế hoạch của tỉnh - giả định demo";

const sum = (numbers: readonly number[]) => numbers.reduce((total, n) => total + n, 0);

/** The largest power of ten (in scaled units, at most `max`) that divides a scaled figure: its parts keep its decimals. */
function stepOf(scaled: number, max: number): number {
  let step = max;
  while (step > 1 && scaled % step !== 0) step /= 10;
  return step;
}

/**
 * Splits a non-negative scaled total into parts proportional to integer weights, each a whole
 * number of `step`s, by largest remainders (ties to the earlier part): the parts sum to the total.
 */
export function apportion(total: number, weights: readonly number[], step: number): number[] {
  const units = total / step;
  if (!Number.isInteger(units) || units < 0) throw new Error(`apportion: ${total} is not a whole number of ${step}`);
  const weightSum = sum(weights);
  const numerators = weights.map((weight) => units * weight);
  const parts = numerators.map((n) => Math.floor(n / weightSum));
  let left = units - sum(parts);
  const byRemainder = weights
    .map((_, i) => i)
    .sort((a, b) => (numerators[b] % weightSum) - (numerators[a] % weightSum) || a - b);
  for (const i of byRemainder) {
    if (left === 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts.map((part) => part * step);
}

/**
 * Counts (communes) of a point indicator over consecutive months: the first month split by
 * largest remainders, then each commune gained goes to the district furthest below its
 * proportional share (and one lost leaves the district furthest above it), so a district's
 * count never moves against the province's.
 */
export function apportionCounts(totals: readonly number[], weights: readonly number[]): number[][] {
  const weightSum = sum(weights);
  const out: number[][] = [];
  let current: number[] = [];
  totals.forEach((total, index) => {
    if (index === 0) current = apportion(total, weights, 1);
    else {
      current = [...current];
      // gap × weightSum: how far a district is below (+) or above (−) its share of the total
      const gap = (i: number) => weights[i] * total - current[i] * weightSum;
      const pick = (score: (i: number) => number, allowed: (i: number) => boolean) =>
        weights
          .map((_, i) => i)
          .filter(allowed)
          .reduce((best, i) => (score(i) > score(best) ? i : best));
      while (sum(current) < total) current[pick(gap, () => true)] += 1;
      while (sum(current) > total)
        current[
          pick(
            (i) => -gap(i),
            (i) => current[i] > 0,
          )
        ] -= 1;
    }
    out.push(current);
  });
  return out;
}

/**
 * A district's pace in a year (percent of its plan share it achieves): fixed demo figures. Budget
 * revenue: Tràng Định and Bắc Sơn behind, the others alike (just above the province after the
 * split); disbursement: DISBURSEMENT_PACE_2024, and within ±5% in 2022 and 2023.
 */
function paceOf(indicator: DistrictIndicator, index: number, year: number): number {
  const code = districts[index].code;
  if (indicator === "thu_ns") return REVENUE_PACE[code] ?? 100;
  if (year === 2024) return DISBURSEMENT_PACE_2024[code];
  return 100 + ((index * 7 + year * 3) % 11) - 5;
}

const weightsOf = (indicator: DistrictIndicator) => districts.map((d) => d.weights[WEIGHT_OF[indicator]]);

const chronological = (a: SeedValue, b: SeedValue) => a.year - b.year || a.period.localeCompare(b.period);

/** The districts' figures of one province indicator, every period the province has a figure for. */
function shareValuesOf(indicator: DistrictIndicator, province: readonly SeedValue[]): SeedValue[] {
  const own = province.filter((v) => v.indicator === indicator).sort(chronological);
  const weights = weightsOf(indicator);
  const shareValue = (v: SeedValue, i: number, scaled: number): SeedValue => ({
    indicator: shareCode(indicator, districts[i].code),
    year: v.year,
    period: v.period,
    value: decimalStringFromScaled(scaled),
    status: v.status,
    derived: true,
    note: VALUE_NOTE,
  });
  if (indicator === "nn.xa_ntm") {
    const counts = apportionCounts(
      own.map((v) => scaledFromDecimalString(v.value) / 10_000),
      weights,
    );
    return own.flatMap((v, k) => counts[k].map((count, i) => shareValue(v, i, count * 10_000)));
  }
  return own.flatMap((v) => {
    const paced = weights.map((weight, i) => weight * paceOf(indicator, i, v.year));
    const total = scaledFromDecimalString(v.value);
    return apportion(total, paced, stepOf(total, 1_000)).map((part, i) => shareValue(v, i, part));
  });
}

/** Every district's share of the three indicators: values of every period the province has. */
export function districtShareValues(province: readonly SeedValue[]): SeedValue[] {
  return DISTRICT_INDICATORS.flatMap((indicator) => shareValuesOf(indicator, province));
}

/** Every district's HĐND target of the three indicators, summing exactly to the province's target of the year. */
export function districtShareTargets(province: readonly SeedTarget[]): SeedTarget[] {
  return DISTRICT_INDICATORS.flatMap((indicator) => {
    const weights = weightsOf(indicator);
    return province
      .filter((t) => t.indicator === indicator && t.source === "hdnd" && t.value !== undefined)
      .flatMap((t) => {
        const total = scaledFromDecimalString(t.value!);
        return apportion(total, weights, stepOf(total, 10_000)).map((part, i): SeedTarget => ({
          indicator: shareCode(indicator, districts[i].code),
          year: t.year,
          source: "hdnd",
          value: decimalStringFromScaled(part),
          derived: true,
          note: TARGET_NOTE,
        }));
      });
  });
}
