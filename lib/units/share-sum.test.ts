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
    expect(sumShareEntries("cumulative", [a, b])).toEqual({
      T01: { period: "T01", value: 20_000, status: "official" },
      T02: { period: "T02", value: 20_001, status: "official" },
    });
  });

  it("leaves a period out while one unit has not entered it (missing, not understated)", () => {
    const a = map(e("T01", 10), e("T02", 10));
    const b = map(e("T01", 5));
    expect(Object.keys(sumShareEntries("cumulative", [a, b]))).toEqual(["T01"]);
  });

  it("takes the weakest status of the units' figures", () => {
    const sum = sumShareEntries("point", [map(e("T03", 1, "official")), map(e("T03", 2, "estimate"))]);
    expect(sum.T03).toEqual({ period: "T03", value: 3, status: "estimate" });
  });

  it("does not sum rates, nor an indicator without units", () => {
    expect(sumShareEntries("rate", [map(e("6T", 70_000)), map(e("6T", 80_000))])).toEqual({});
    expect(sumShareEntries("cumulative", [])).toEqual({});
  });

  it("keeps a department's own province figure where it reports one", () => {
    const sum = map(e("T01", 30), e("T02", 40));
    expect(withShareSum(map(e("T01", 31)), sum)).toEqual({ T01: e("T01", 31), T02: e("T02", 40) });
    expect(withShareSum(undefined, sum)).toBe(sum);
  });
});
