import { describe, expect, it } from "vitest";
import { yearGridCell } from "./year-grid";

const rate = new Map([
  ["Q1", 5.1],
  ["6T", 6.2],
  ["9T", 7.3],
  ["N", 8.4],
  ["Q2", 9.9], // not a rate period: never shown
]);

describe("a cell of the department's year grid", () => {
  it.each([
    [3, { value: 5.1, period: "Q1", ownMonth: false }],
    [6, { value: 6.2, period: "6T", ownMonth: false }],
    [9, { value: 7.3, period: "9T", ownMonth: false }],
    [12, { value: 8.4, period: "N", ownMonth: false }],
    [1, null],
    [5, null],
    [11, null],
  ])("a rate in month %i shows its period closing then: %j", (month, expected) => {
    expect(yearGridCell("rate", rate, month)).toEqual(expected);
  });

  it("shows the month's own value first, and only a rate falls back to its period", () => {
    const cumulative = new Map([
      ["T06", 10],
      ["6T", 60],
      ["9T", 90],
    ]);
    expect(yearGridCell("cumulative", cumulative, 6)).toEqual({ value: 10, period: "T06", ownMonth: true });
    expect(yearGridCell("cumulative", cumulative, 9)).toBeNull();
    expect(yearGridCell("point", undefined, 12)).toBeNull();
    expect(yearGridCell("rate", new Map([["T06", 1]]), 6)).toEqual({ value: 1, period: "T06", ownMonth: true });
  });
});
