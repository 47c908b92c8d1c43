import { describe, expect, it } from "vitest";
import { scaledFromDecimalString } from "@/lib/numbers";
import type { EntryMap } from "@/lib/rollup";
import { liveFigures } from "./live-figures";
import { formPeriods, periodAllowedInMonth } from "./periods-for-month";
import { plausibilityWarnings } from "./plausibility";

const months = (values: string[]): EntryMap =>
  Object.fromEntries(
    values.map((v, i) => [
      `T0${i + 1}`,
      { period: `T0${i + 1}`, value: scaledFromDecimalString(v), status: "official" },
    ]),
  ) as EntryMap;

describe("live figures while typing", () => {
  const base = {
    kind: "cumulative" as const,
    period: "T06" as const,
    month: 6,
    status: "estimate" as const,
    targets: [{ source: "hdnd" as const, value: 3800 }],
  };
  it("puts the typed month into the period to date, % of plan and change", () => {
    const live = liveFigures({
      ...base,
      typed: "435",
      thisYear: months(["300", "350", "400", "380", "420"]),
      lastYear: months(["200", "200", "200", "200", "200", "136,4".replace(",", ".")]),
    });
    expect(live.toDate).toBe(2285);
    expect(live.pctOfPlan).toBeCloseTo(60.13, 2);
    expect(live.changePct).toBeCloseTo(101.07, 2);
  });
  it("reads the Vietnamese format", () => {
    const live = liveFigures({ ...base, typed: "1.000,5", thisYear: months(["1", "1", "1", "1", "1"]), lastYear: {} });
    expect(live.toDate).toBe(1005.5);
    expect(live.changePct).toBeNull();
  });
  it("says which months are missing instead of summing them as 0", () => {
    const live = liveFigures({ ...base, typed: "435", thisYear: months(["300", "350"]), lastYear: {} });
    expect(live.toDate).toBeNull();
    expect(live.missingMonths).toEqual([3, 4, 5]);
  });
});

describe("periods in a month's form", () => {
  it("asks rates when their period closes and the whole-year estimate in T06 and T11", () => {
    expect(formPeriods("rate", 3)).toEqual(["Q1"]);
    expect(formPeriods("rate", 6)).toEqual(["6T", "UN"]);
    expect(formPeriods("rate", 5)).toEqual([]);
    expect(formPeriods("cumulative", 11)).toEqual(["T11", "UN"]);
    expect(formPeriods("point", 6)).toEqual(["T06"]);
  });
  it("lets a month carry its own and earlier periods only", () => {
    expect(periodAllowedInMonth("T05", 6)).toBe(true);
    expect(periodAllowedInMonth("T07", 6)).toBe(false);
    expect(periodAllowedInMonth("6T", 6)).toBe(true);
    expect(periodAllowedInMonth("9T", 6)).toBe(false);
    expect(periodAllowedInMonth("UN", 11)).toBe(true);
    expect(periodAllowedInMonth("UN", 7)).toBe(false);
  });
});

describe("plausibility warnings", () => {
  const base = { kind: "cumulative" as const, lastMonth: 100, lastYearSameMonth: 100, jumpFactor: 3 };
  it("flags a jump versus last month or last year", () => {
    expect(plausibilityWarnings({ ...base, value: 400 })).toHaveLength(2);
    expect(plausibilityWarnings({ ...base, value: 20 })[0]).toContain("tháng trước");
    expect(plausibilityWarnings({ ...base, value: 250 })).toEqual([]);
  });
  it("flags a negative cumulative month", () => {
    expect(plausibilityWarnings({ ...base, value: -5 })[0]).toContain("số âm");
  });
  it("flags parts exceeding their whole", () => {
    expect(plausibilityWarnings({ ...base, value: 200, partsSum: 250 })[0]).toContain("thành phần");
    expect(plausibilityWarnings({ ...base, value: 200, partsSum: 200 })).toEqual([]);
  });
  it("does not compare rates by jumps", () => {
    expect(plausibilityWarnings({ ...base, kind: "rate", value: 900 })).toEqual([]);
  });
});

describe("revision periods", () => {
  it("lists every month so far, and the closed rate periods", async () => {
    const { revisionPeriods } = await import("./periods-for-month");
    expect(revisionPeriods("cumulative", 3)).toEqual(["T01", "T02", "T03"]);
    expect(revisionPeriods("rate", 9)).toEqual(["Q1", "6T", "9T"]);
  });
});
