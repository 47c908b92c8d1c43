import { describe, expect, it } from "vitest";
import { periodValue, type EntryMap } from "@/lib/rollup";
import { fromFirstMonth } from "./first-month";

const entry = (period: string, value: number, status = "estimate") => ({ period, value, status }) as const;
const map = (...entries: ReturnType<typeof entry>[]): EntryMap =>
  Object.fromEntries(entries.map((e) => [e.period, e])) as EntryMap;

describe("a unit's year to date from its first month", () => {
  it("makes a commune's 9 tháng the sum of July to September", () => {
    const ward = map(entry("T07", 10), entry("T08", 20), entry("T09", 30));
    expect(periodValue("cumulative", ward, "9T").value).toBeNull();
    const own = fromFirstMonth("cumulative", ward, 7);
    expect(periodValue("cumulative", own, "9T")).toMatchObject({ value: 60, status: "estimate" });
    // still missing while a month of its own is not entered
    expect(periodValue("cumulative", fromFirstMonth("cumulative", map(entry("T07", 10)), 7), "9T").value).toBeNull();
  });

  it("compares with the same months last year: whole periods starting earlier are left out", () => {
    const city2024 = map(
      ...Array.from({ length: 9 }, (_, i) => entry(`T0${i + 1}`, 100 + i, "official")),
      entry("9T", 999, "official"),
      entry("Q3", 321, "official"),
    );
    const sameMonths = fromFirstMonth("cumulative", city2024, 7);
    expect(sameMonths["9T"]).toBeUndefined();
    expect(periodValue("cumulative", sameMonths, "9T").value).toBe(321);
  });

  it("leaves point and rate indicators, and units reporting from January, as they are", () => {
    const counts = map(entry("T09", 5));
    expect(fromFirstMonth("point", counts, 7)).toBe(counts);
    expect(fromFirstMonth("rate", counts, 7)).toBe(counts);
    expect(fromFirstMonth("cumulative", counts, 1)).toBe(counts);
  });
});
