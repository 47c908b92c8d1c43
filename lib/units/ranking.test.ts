import { describe, expect, it } from "vitest";
import {
  competitionRanks,
  monthsBelowAverage,
  provinceAverage,
  rankUnits,
  rankingBasis,
  type UnitFiguresInput,
} from "./ranking";

/** A unit with a year-to-date series (January first) and its plan; the period's figure is the last month's. */
const unit = (code: string, target: number | null, ytd: (number | null)[], lastYear: (number | null)[] = []) =>
  ({
    unit: code,
    value: ytd.at(-1) ?? null,
    target,
    lastYearValue: lastYear.at(-1) ?? null,
    months: ytd.map((value, i) => ({ value, lastYear: lastYear[i] ?? null })),
  }) satisfies UnitFiguresInput;

describe("the province average", () => {
  it("is the province's own % of plan: the units' values over their targets, not the mean of their percentages", () => {
    // 50/100 = 50%, 30/300 = 10%: the mean would say 30%, the province reached 80/400 = 20%
    expect(
      provinceAverage("plan", [
        { value: 50, target: 100, lastYear: null },
        { value: 30, target: 300, lastYear: null },
      ]),
    ).toBeCloseTo(20, 10);
  });

  it("leaves out a unit without a figure or a target, and is null with nothing to average", () => {
    expect(
      provinceAverage("plan", [
        { value: 50, target: 100, lastYear: null },
        { value: null, target: 300, lastYear: null },
        { value: 10, target: null, lastYear: null },
      ]),
    ).toBe(50);
    expect(provinceAverage("plan", [{ value: null, target: 1, lastYear: null }])).toBeNull();
  });

  it("is the change of the units' sum against last year's sum when ranking by change", () => {
    expect(
      provinceAverage("change", [
        { value: 110, target: null, lastYear: 100 },
        { value: 90, target: null, lastYear: 100 },
      ]),
    ).toBeCloseTo(0, 10);
  });
});

describe("ranks", () => {
  it("share a rank when equal, the next rank skipping (1, 1, 3), units without a measure unranked", () => {
    expect(competitionRanks([50, 70, 70, null, 40], "up")).toEqual([3, 1, 1, null, 4]);
  });

  it("put the lowest first for a lower-is-better indicator", () => {
    expect(competitionRanks([5, 2, 9], "down")).toEqual([2, 1, 3]);
  });

  it("treat two ratios equal up to rounding noise as a tie", () => {
    expect(competitionRanks([(1 / 3) * 100, (100 / 300) * 100 + 1e-13], "up")).toEqual([1, 1]);
  });

  it("rank by % of plan and order the units best first, ties in the given order, the unranked last", () => {
    const ranking = rankUnits([
      unit("a", 100, [20, 40]),
      unit("b", 200, [40, 80]),
      unit("c", 100, [null, null]),
      unit("d", 50, [30, 45]),
    ]);
    expect(ranking.basis).toBe("plan");
    expect(ranking.units.map((u) => [u.unit, u.rank, u.measure])).toEqual([
      ["d", 1, 90],
      ["a", 2, 40],
      ["b", 2, 40],
      ["c", null, null],
    ]);
    expect(ranking.average).toBeCloseTo((165 / 350) * 100, 10);
  });

  it("rank by the change against last year when no unit has a target", () => {
    const ranking = rankUnits([unit("a", null, [120], [100]), unit("b", null, [90], [100])]);
    expect(rankingBasis([{ target: null }])).toBe("change");
    expect(ranking.basis).toBe("change");
    expect(ranking.units.map((u) => [u.unit, u.rank])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(ranking.units[0].measure).toBeCloseTo(20, 10);
    expect(ranking.average).toBeCloseTo(5, 10);
  });
});

describe("months below the province average", () => {
  const up = "up" as const;

  it("counts the months running up to the period's last month", () => {
    expect(monthsBelowAverage([10, 20, 30, 40], [5, 25, 35, 45], up)).toBe(3);
  });

  it("is nought when the unit was above the average in the last month, however long it lagged before", () => {
    // two months below, then above: not lagging
    expect(monthsBelowAverage([10, 10, 60], [20, 20, 50], up)).toBe(0);
  });

  it("restarts after a month above the average (a gap resets the count)", () => {
    expect(monthsBelowAverage([10, 10, 60, 10, 10], [20, 20, 50, 20, 20], up)).toBe(2);
  });

  it("stops at a month without the unit's figure", () => {
    expect(monthsBelowAverage([10, null, 10, 10], [20, 20, 20, 20], up)).toBe(2);
  });

  it("does not count a month exactly at the average", () => {
    expect(monthsBelowAverage([10, 20], [5, 20], up)).toBe(0);
  });

  it("counts months above the average for a lower-is-better indicator", () => {
    expect(monthsBelowAverage([9, 9, 9], [5, 5, 5], "down")).toBe(3);
    expect(monthsBelowAverage([1, 1, 1], [5, 5, 5], "down")).toBe(0);
  });

  it("marks a unit lagging from the third month below the average running", () => {
    // targets 100 each; months' averages: (10+30+50)/300 = 30%, (20+60+100)/300 = 60%, (30+90+150)/300 = 90%
    const three = rankUnits([
      unit("slow", 100, [10, 20, 30]),
      unit("mid", 100, [30, 60, 90]),
      unit("fast", 100, [50, 100, 150]),
    ]);
    const slow = three.units.find((u) => u.unit === "slow")!;
    expect(three.monthlyAverages.map((a) => Math.round(a!))).toEqual([30, 60, 90]);
    expect([slow.belowAverageMonths, slow.lagging]).toEqual([3, true]);
    expect(three.units.find((u) => u.unit === "mid")!.belowAverageMonths).toBe(0);

    // the same unit, above the average in January: two months, not lagging
    const two = rankUnits([
      unit("slow", 100, [40, 20, 30]),
      unit("mid", 100, [30, 60, 90]),
      unit("fast", 100, [50, 100, 150]),
    ]);
    const notYet = two.units.find((u) => u.unit === "slow")!;
    expect([notYet.belowAverageMonths, notYet.lagging]).toEqual([2, false]);
  });
});
