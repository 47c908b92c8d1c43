import { describe, expect, it } from "vitest";
import { defaultReportPeriod } from "./default-period";

describe("defaultReportPeriod", () => {
  it.each([
    [null, "T01"],
    [1, "T01"],
    [2, "T02"],
    [3, "Q1"],
    [4, "Q1"],
    [5, "Q1"],
    [6, "6T"],
    [7, "6T"],
    [8, "6T"],
    [9, "9T"],
    [10, "9T"],
    [11, "9T"],
    [12, "N"],
  ] as const)("latest submitted month %s → %s", (month, period) => {
    expect(defaultReportPeriod(month)).toBe(period);
  });

  it("refuses a month that does not exist", () => {
    expect(() => defaultReportPeriod(0)).toThrow();
    expect(() => defaultReportPeriod(13)).toThrow();
  });
});
