import { describe, expect, it } from "vitest";
import { roundTo, scaledFromDecimalString } from "@/lib/numbers";
import type { PeriodCode } from "@/lib/periods";
import {
  changeVsBase,
  inPeriodValue,
  pctOfPlan,
  pctOfPlanUpper,
  periodValue,
  targetMet,
  yearEndValue,
  type EntryMap,
  type ValueStatus,
} from ".";

/** Builds an EntryMap from readable figures: { T01: "300", "6T": "2285" }. */
function entries(figures: Record<string, string>, status: ValueStatus = "official"): EntryMap {
  const map: EntryMap = {};
  for (const [period, value] of Object.entries(figures))
    map[period as PeriodCode] = { period: period as PeriodCode, value: scaledFromDecimalString(value), status };
  return map;
}
const plain = (scaled: number | null) => (scaled === null ? null : scaled / 10_000);

describe("cumulative (docs/rollup.md)", () => {
  const halfYear = entries({ T01: "300", T02: "350", T03: "400", T04: "380", T05: "420", T06: "435" });

  it("6T is the sum from January", () => {
    expect(plain(periodValue("cumulative", halfYear, "6T").value)).toBe(2285);
  });

  it("Q2 gives the year to date, and its own months in-period", () => {
    expect(plain(periodValue("cumulative", halfYear, "Q2").value)).toBe(2285);
    expect(plain(inPeriodValue("cumulative", halfYear, "Q2").value)).toBe(1235);
  });

  it("a missing month makes the period missing, never a sum of what is there", () => {
    const figure = periodValue(
      "cumulative",
      entries({ T01: "300", T02: "350", T03: "400", T04: "380", T05: "420" }),
      "6T",
    );
    expect(figure.value).toBeNull();
    expect(figure.missingMonths).toEqual([6]);
    expect(plain(figure.partial)).toBe(1850);
  });

  it("an entered whole period, then the months after it", () => {
    const figure = periodValue("cumulative", entries({ "6T": "2285", T07: "470", T08: "480", T09: "500" }), "9T");
    expect(plain(figure.value)).toBe(2285 + 470 + 480 + 500);
    expect(figure.sources).toEqual(["6T", "T07", "T08", "T09"]);
  });

  it("an entered whole-period value wins over its months", () => {
    const months = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`T0${i + 1}`, "100"]));
    const figure = periodValue("cumulative", entries({ ...months, "9T": "950" }), "9T");
    expect(plain(figure.value)).toBe(950);
  });

  it("the latest revision counts and the weakest status is reported", () => {
    const revised = {
      ...halfYear,
      T06: { period: "T06" as const, value: scaledFromDecimalString("440"), status: "official" as const },
    };
    expect(plain(periodValue("cumulative", revised, "6T").value)).toBe(2290);
    const estimated = {
      ...halfYear,
      T06: { period: "T06" as const, value: scaledFromDecimalString("435"), status: "estimate" as const },
    };
    expect(periodValue("cumulative", estimated, "6T").status).toBe("estimate");
  });

  it("sums decimals exactly", () => {
    const figure = periodValue("cumulative", entries({ T01: "0.1", T02: "0.2" }), "T02");
    expect(plain(figure.value)).toBe(0.3);
  });
});

describe("point (thời điểm)", () => {
  it("the period's last month", () => {
    expect(plain(periodValue("point", entries({ T05: "40100", T06: "40729" }), "6T").value)).toBe(40729);
  });
  it("falls back to the latest month of the same year, labelled with it", () => {
    const figure = periodValue("point", entries({ T04: "40100" }), "6T");
    expect(plain(figure.value)).toBe(40100);
    expect(figure.asOfMonth).toBe(4);
  });
  it("compares with T12 of last year", () => {
    expect(plain(yearEndValue("point", entries({ T11: "37000", T12: "37110" })).value)).toBe(37110);
    expect(yearEndValue("point", entries({ T11: "37000" })).value).toBeNull();
  });
});

describe("rate (tốc độ)", () => {
  it("is the value entered for the period", () => {
    expect(plain(periodValue("rate", entries({ "6T": "5.32" }), "6T").value)).toBe(5.32);
  });
  it("is never derived from another period", () => {
    expect(periodValue("rate", entries({ "6T": "5.32" }), "9T").value).toBeNull();
  });
  it("has no % of plan and compares in points", () => {
    expect(pctOfPlan("rate", 6.33, { source: "hdnd", min: 7, max: 7.5 })).toBeNull();
    expect(targetMet(6.33, { source: "hdnd", min: 7, max: 7.5 }, "up")).toBe(false);
    expect(roundTo(changeVsBase("rate", 6.33, 7.22).points!, 2)).toBe(-0.89);
  });
});

describe("against targets", () => {
  it.each([
    [{ source: "hdnd" as const, value: 3800 }, 2285, 60.1],
    [{ source: "hdnd" as const, min: 3, max: 4 }, 3, 100],
    [{ source: "hdnd" as const, value: 7485 }, 9805, 131],
    [{ source: "tw" as const, value: 7100 }, 9805, 138.1],
  ])("%j with %s -> %s%%", (target, value, pct) => {
    expect(roundTo(pctOfPlan("cumulative", value, target)!, 1)).toBe(pct);
  });
  it("a range is also compared with its upper end", () => {
    expect(pctOfPlanUpper("cumulative", 3, { source: "hdnd", min: 3, max: 4 })).toBe(75);
  });
  it.each([
    [{ source: "hdnd" as const, min: 7.5 }, 7.22, "up", false],
    [{ source: "hdnd" as const, max: 2 }, 1.8, "down", true],
    [{ source: "hdnd" as const, min: 3, max: 4 }, 3, "up", true],
    [{ source: "hdnd" as const, value: 2 }, 2.5, "down", false],
  ] as const)("bound %j with %s (%s) met: %s", (target, value, direction, met) => {
    expect(targetMet(value, target, direction)).toBe(met);
  });
  it("a bound has no % of plan", () => {
    expect(pctOfPlan("cumulative", 7.22, { source: "hdnd", min: 7.5 })).toBeNull();
    expect(pctOfPlan("point", 1.8, { source: "hdnd", max: 2 })).toBeNull();
  });
});

describe("change versus last year", () => {
  it.each([
    [2285, 1136.4, 101.1],
    [1530, 3326, -54],
    [48232, 48426, -0.4],
    [4090, 4090, 0],
  ])("%s vs %s -> %s%%", (value, base, pct) => {
    expect(roundTo(changeVsBase("cumulative", value, base).pct!, 1)).toBe(pct);
  });
  it("ratio style", () => {
    expect(roundTo(changeVsBase("cumulative", 48232, 48426).ratio!, 1)).toBe(99.6);
    expect(roundTo(changeVsBase("cumulative", 293, 282).ratio!, 1)).toBe(103.9);
  });
  it("no comparison without a base", () => {
    expect(changeVsBase("cumulative", 100, null)).toEqual({ ratio: null, pct: null, points: null });
  });
});

describe("month and quarter reports: the period's own figure, the one before it and last year's", async () => {
  const { previousPeriod } = await import("./period-value");
  const { reportFigures } = await import("./report-row");
  const year = (values: number[]) =>
    entries(Object.fromEntries(values.map((v, i) => [`T${String(i + 1).padStart(2, "0")}`, String(v)])));
  const thisYear = year([100, 110, 120, 130, 140, 150, 160, 170, 180, 190]);
  const lastYear = { ...year([90, 90, 90, 90, 90, 90, 90, 90, 90, 95, 100, 200]), UN: undefined };
  const indicator = {
    kind: "cumulative" as const,
    targets: [{ source: "hdnd" as const, value: 2000 }],
    direction: "up" as const,
    unit: "tỷ đồng",
    precision: 1,
  };

  it.each([
    ["T10", { period: "T09", inLastYear: false }],
    ["T01", { period: "T12", inLastYear: true }],
    ["Q3", { period: "Q2", inLastYear: false }],
    ["Q1", { period: "Q4", inLastYear: true }],
    ["9T", null],
    ["N", null],
  ] as const)("%s compares with %j", (period, previous) => {
    expect(previousPeriod(period)).toEqual(previous);
  });

  it.each([
    ["T10", 190, 180, 95, 1450],
    ["T01", 100, 200, 90, 100],
    ["Q3", 510, 420, 270, 1260],
    ["Q1", 330, 395, 270, 330],
    ["9T", 1260, null, null, 1260],
  ] as const)("%s: own %s, before %s, last year %s, year to date %s", (period, own, before, lastYearOwn, toDate) => {
    const f = reportFigures(indicator, period, thisYear, lastYear);
    expect([f.inPeriodValue, f.previousInPeriodValue, f.lastYearInPeriodValue, f.value]).toEqual([
      own,
      before,
      lastYearOwn,
      toDate,
    ]);
  });

  it("rates have no own figure besides the entered one, and no previous period", () => {
    const f = reportFigures(
      { ...indicator, kind: "rate", unit: "%" },
      "Q1",
      entries({ Q1: "5.1" }),
      entries({ Q4: "4" }),
    );
    expect([f.value, f.previousInPeriodValue, f.lastYearInPeriodValue]).toEqual([5.1, null, null]);
  });

  it("the whole-year estimate (UN) where one was entered, with its % of plan", () => {
    const withEstimate = { ...thisYear, ...entries({ UN: "2100" }, "estimate") };
    const f = reportFigures(indicator, "9T", withEstimate, lastYear);
    expect(f.yearEstimate).toBe(2100);
    expect(f.yearEstimatePctOfPlan).toBe(105);
    expect(reportFigures(indicator, "9T", thisYear, lastYear).yearEstimate).toBeNull();
  });
});
