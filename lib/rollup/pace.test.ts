import { describe, expect, it } from "vitest";
import { scaledFromDecimalString } from "@/lib/numbers";
import type { PeriodCode } from "@/lib/periods";
import { expectedShare, paceOf, type EntryMap, type PaceInput } from ".";

const months = (values: number[]): EntryMap =>
  Object.fromEntries(
    values.map((v, i) => {
      const p = `T${String(i + 1).padStart(2, "0")}` as PeriodCode;
      return [p, { period: p, value: scaledFromDecimalString(String(v)), status: "official" }];
    }),
  ) as EntryMap;

const base: PaceInput = {
  kind: "cumulative",
  direction: "up",
  value: null,
  month: 9,
  target: { source: "hdnd", value: 3800 },
  lastYear: {},
  atRiskRatio: 0.9,
};

describe("expected share", () => {
  it("follows last year's monthly profile", () => {
    expect(expectedShare(months([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 900]), 9)).toBeCloseTo(
      900 / 2000,
    );
  });
  it("is the share of the year elapsed without last year's months", () => {
    expect(expectedShare({}, 9)).toBe(0.75);
  });
});

describe("pace and status (docs/rollup.md)", () => {
  it("ytd ≥ target: exceeded", () => {
    expect(paceOf({ ...base, value: 3971 })).toMatchObject({ status: "exceeded", reason: { code: "year_reached" } });
    expect(paceOf({ ...base, value: 3971 }).reason).toMatchObject({ pct: expect.closeTo(104.5, 1) });
  });
  it("exactly the target: achieved", () => {
    expect(paceOf({ ...base, value: 3800 }).status).toBe("achieved");
  });
  it("r ≥ 1: on track", () => {
    expect(paceOf({ ...base, value: 2900 }).status).toBe("on_track");
  });
  it("0,9 ≤ r < 1: behind, with the monthly average needed", () => {
    const pace = paceOf({ ...base, value: 2700 });
    expect(pace.status).toBe("behind");
    expect(pace.reason).toMatchObject({
      code: "behind_pace",
      remainingMonths: 3,
      monthlyNeeded: expect.closeTo(366.67, 2),
    });
  });
  it("r < 0,9: at risk, and how far behind", () => {
    const pace = paceOf({ ...base, value: 2000 });
    expect(pace.status).toBe("at_risk");
    expect(pace.reason).toMatchObject({
      code: "far_behind_pace",
      gapPoints: expect.closeTo(75 - 52.63, 2),
      monthlyNeeded: 600,
    });
  });
  it("a seasonal profile changes the verdict", () => {
    const lumpy = months([10, 10, 10, 10, 10, 10, 10, 10, 10, 300, 300, 300]);
    expect(paceOf({ ...base, value: 500, lastYear: lumpy }).status).toBe("on_track");
  });
  it("the threshold is a setting", () => {
    expect(paceOf({ ...base, value: 2700, atRiskRatio: 0.98 }).status).toBe("at_risk");
  });
  it("missing value or target", () => {
    expect(paceOf(base).status).toBe("no_data");
    expect(paceOf({ ...base, value: 1, target: undefined }).status).toBe("no_target");
  });
  it("rates against a range: not met is at risk during the year, not achieved when it is over", () => {
    const target = { source: "hdnd" as const, min: 7, max: 7.5 };
    expect(paceOf({ ...base, kind: "rate", value: 6.33, month: 9, target })).toMatchObject({
      status: "at_risk",
      reason: { code: "plan_not_met", target, final: false },
    });
    expect(paceOf({ ...base, kind: "rate", value: 6.33, month: 12, target })).toMatchObject({
      status: "not_achieved",
      reason: { code: "plan_not_met", final: true },
    });
  });
  it("a lower-is-better bound is met below it", () => {
    expect(
      paceOf({ ...base, kind: "point", direction: "down", value: 1.8, target: { source: "hdnd", max: 2 } }).status,
    ).toBe("achieved");
  });
  it("direction down mirrors a cumulative pace", () => {
    const down = { ...base, direction: "down" as const, target: { source: "hdnd" as const, value: 100 } };
    expect(paceOf({ ...down, value: 60 }).status).toBe("on_track");
    expect(paceOf({ ...down, value: 120 }).status).toBe("at_risk");
  });
  it("in a finished year statuses are final: vượt / đạt / không đạt, never at risk", () => {
    expect(paceOf({ ...base, value: 3500, month: 12 })).toMatchObject({
      status: "not_achieved",
      reason: { code: "year_short" },
    });
    expect(paceOf({ ...base, value: 3900, month: 12 }).status).toBe("exceeded");
    expect(
      paceOf({ ...base, kind: "point", value: 90, month: 12, target: { source: "hdnd", value: 100 } }).status,
    ).toBe("not_achieved");
    expect(
      paceOf({ ...base, direction: "down", value: 120, month: 12, target: { source: "hdnd", value: 100 } }).status,
    ).toBe("not_achieved");
    const statuses = [1000, 3500, 3800, 3900].flatMap((value) => [
      paceOf({ ...base, value, month: 12 }).status,
      paceOf({ ...base, value, month: 9, final: true }).status,
    ]);
    expect(statuses.every((s) => s === "exceeded" || s === "achieved" || s === "not_achieved")).toBe(true);
  });
});

describe("month series for charts", async () => {
  const { monthSeries } = await import("./series");
  it("gives this year's months, the year to date, last year and the pace line", () => {
    const series = monthSeries(
      "cumulative",
      months([300, 350, 400]),
      months([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]),
      3800,
    );
    expect(series).toHaveLength(12);
    expect(series[2]).toMatchObject({ month: 3, thisYear: 400, toDate: 1050, lastYear: 100, lastYearToDate: 300 });
    expect(series[2].targetPace).toBeCloseTo(950);
    expect(series[3]).toMatchObject({ thisYear: null, toDate: null });
  });
  it("has no month series for rates", () => {
    expect(monthSeries("rate", {}, {}, null)).toEqual([]);
  });
});
