import { describe, expect, it } from "vitest";
import type { EntryMap } from "@/lib/rollup";
import { sumShareEntries, withShareSum } from "./share-sum";

const e = (period: string, value: number, status = "official") => ({ period, value, status }) as const;
const map = (...entries: ReturnType<typeof e>[]): EntryMap =>
  Object.fromEntries(entries.map((x) => [x.period, x])) as EntryMap;

describe("the province sum of units' figures", () => {
  it("adds the units' figures of each period every unit has entered, exactly (scaled integers)", () => {
    const a = map(e("T01", 12_345), e("T02", 20_000));
    const b = map(e("T01", 7_655), e("T02", 1));
    expect(sumShareEntries("cumulative", [{ entries: a }, { entries: b }])).toEqual({
      T01: { period: "T01", value: 20_000, status: "official" },
      T02: { period: "T02", value: 20_001, status: "official" },
    });
  });

  it("leaves a period out while one unit has not entered it (missing, not understated)", () => {
    const a = map(e("T01", 10), e("T02", 10));
    const b = map(e("T01", 5));
    expect(Object.keys(sumShareEntries("cumulative", [{ entries: a }, { entries: b }]))).toEqual(["T01"]);
  });

  it("takes the weakest status of the units' figures", () => {
    const sum = sumShareEntries("point", [
      { entries: map(e("T03", 1, "official")) },
      { entries: map(e("T03", 2, "estimate")) },
    ]);
    expect(sum.T03).toEqual({ period: "T03", value: 3, status: "estimate" });
  });

  it("does not sum rates, nor an indicator without units", () => {
    expect(sumShareEntries("rate", [{ entries: map(e("6T", 70_000)) }, { entries: map(e("6T", 80_000)) }])).toEqual({});
    expect(sumShareEntries("cumulative", [])).toEqual({});
  });

  it("counts in each month the units reporting in it: the districts to June, the communes from July", () => {
    const district = { entries: map(e("T06", 100), e("6T", 600), e("T07", 999)), months: { from: 1, to: 6 } };
    const commune = { entries: map(e("T07", 30), e("T08", 40)), months: { from: 7, to: 12 } };
    const commune2 = { entries: map(e("T07", 5)), months: { from: 7, to: 12 } };
    const sum = sumShareEntries("cumulative", [district, commune, commune2]);
    // June: the district alone; July: the two communes (a district's stray July figure does not count)
    expect(sum.T06?.value).toBe(100);
    expect(sum.T07?.value).toBe(35);
    // August: one commune has not entered it yet
    expect(sum.T08).toBeUndefined();
    // 6 tháng lies wholly in the districts' months; 9 tháng spans the change and is left to the months
    expect(sum["6T"]?.value).toBe(600);
    expect(sum["9T"]).toBeUndefined();
  });

  it("does not sum a whole period over a unit reporting only part of it", () => {
    const ward = { entries: map(e("Q3", 50), e("9T", 50)), months: { from: 8, to: 12 } };
    const other = { entries: map(e("Q3", 70), e("9T", 90)) };
    expect(sumShareEntries("point", [ward, other])).toEqual({});
  });

  it("keeps a department's own province figure where it reports one", () => {
    const sum = map(e("T01", 30), e("T02", 40));
    expect(withShareSum(map(e("T01", 31)), sum)).toEqual({ T01: e("T01", 31), T02: e("T02", 40) });
    expect(withShareSum(undefined, sum)).toBe(sum);
  });
});
