import { describe, expect, it } from "vitest";
import {
  cutoffWindow,
  formatViDate,
  ALL_PERIODS,
  isPeriodCode,
  periodFromText,
  periodLabel,
  periodShortLabel,
  periodSourcesText,
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

  it.each([
    ["N", "Cả năm"],
    ["6T", "6 tháng"],
    ["9T", "9 tháng"],
    ["Q3", "Quý III"],
    ["T10", "Tháng 10"],
    ["T01", "Tháng 1"],
    ["UN", "Ước cả năm"],
  ] as const)("%s reads %s where users see it", (period, label) => {
    expect(periodShortLabel(period)).toBe(label);
  });

  it("gives every period a distinct label that reads back as the period, codes too", () => {
    const labels = ALL_PERIODS.map(periodShortLabel);
    expect(new Set(labels).size).toBe(ALL_PERIODS.length);
    for (const p of ALL_PERIODS) {
      expect(periodFromText(periodShortLabel(p))).toBe(p);
      expect(periodFromText(p)).toBe(p);
    }
    expect(periodFromText(" ca nam ")).toBe("N");
    expect(periodFromText("QUÝ iii")).toBe("Q3");
    expect(periodFromText("Tháng 13")).toBeNull();
    expect(periodFromText("")).toBeNull();
  });

  it("writes the months a figure is made of in words, a long run shortened", () => {
    expect(periodSourcesText(["T01", "T02", "T03"])).toBe("Tháng 1 + Tháng 2 + Tháng 3");
    expect(periodSourcesText(["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10"])).toBe(
      "Tháng 1 + Tháng 2 + … + Tháng 10",
    );
    expect(periodSourcesText(["6T", "T07", "T08", "T09"])).toBe("6 tháng + Tháng 7 + Tháng 8 + Tháng 9");
    expect(periodSourcesText(["N"])).toBe("Cả năm");
  });
});
