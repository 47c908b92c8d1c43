import { describe, expect, it } from "vitest";
import {
  cutoffWindow,
  formatViDate,
  isPeriodCode,
  periodLabel,
  periodSpan,
  periodsClosingIn,
  submissionDueDate,
  submissionMonthOf,
} from ".";

describe("periods", () => {
  it.each([
    ["T07", 7, 7],
    ["Q2", 4, 6],
    ["6T", 1, 6],
    ["9T", 1, 9],
    ["N", 1, 12],
  ] as const)("%s spans %i..%i", (period, start, end) => {
    expect(periodSpan(period)).toEqual({ start, end });
  });

  it("knows which whole periods close in a month", () => {
    expect(periodsClosingIn(3)).toEqual(["Q1"]);
    expect(periodsClosingIn(6)).toEqual(["Q2", "6T"]);
    expect(periodsClosingIn(12)).toEqual(["Q4", "N"]);
    expect(periodsClosingIn(5)).toEqual([]);
  });

  it("maps a period to the submission month it belongs to", () => {
    expect(submissionMonthOf("6T")).toBe(6);
    expect(submissionMonthOf("T04")).toBe(4);
    expect(submissionMonthOf("UN", 11)).toBe(11);
  });

  it("validates codes", () => {
    expect(isPeriodCode("6T")).toBe(true);
    expect(isPeriodCode("T13")).toBe(false);
  });

  it("labels periods in Vietnamese", () => {
    expect(periodLabel("6T", 2023)).toBe("6 tháng đầu năm 2023");
    expect(periodLabel("Q1", 2022)).toBe("quý I/2022");
    expect(periodLabel("T07", 2023)).toBe("tháng 7/2023");
  });
});

describe("cut-off windows (docs/domain.md §4)", () => {
  const calendar = { cutoffDay: 14, dueDay: 17 };
  it("a month runs from the 15th of the previous month to the 14th", () => {
    const w = cutoffWindow(2023, 3, 3, calendar);
    expect(formatViDate(w.from)).toBe("15/02/2023");
    expect(formatViDate(w.to)).toBe("14/03/2023");
  });
  it("the first half year runs from 15/12 of the previous year to 14/6", () => {
    const w = cutoffWindow(2023, 1, 6, calendar);
    expect(formatViDate(w.from)).toBe("15/12/2022");
    expect(formatViDate(w.to)).toBe("14/06/2023");
  });
  it("the submission is due after the cut-off", () => {
    expect(formatViDate(submissionDueDate(2023, 6, calendar))).toBe("17/06/2023");
    expect(formatViDate(submissionDueDate(2023, 12, { cutoffDay: 14, dueDay: 2 }))).toBe("02/01/2024");
  });
});
