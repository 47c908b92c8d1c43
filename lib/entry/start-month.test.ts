import { describe, expect, it } from "vitest";
import type { SubmissionState } from "@/db/schema/vocabulary";
import { startLabel, startMonth, vietnamToday } from "./start-month";

const calendar = { cutoffDay: 14, dueDay: 17 };
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const none = new Map<number, SubmissionState>();

describe("the month an officer starts from", () => {
  it.each([
    [day(2024, 1, 1), 1],
    [day(2024, 6, 17), 6], // the due day itself: still June
    [day(2024, 6, 18), 7], // June is overdue: July is the report due now
    [day(2024, 12, 2), 12],
    [day(2023, 10, 5), 1], // a year not started yet: January
  ])("on %s the month due is %i", (today, month) => {
    expect(startMonth(2024, calendar, today, none)).toBe(month);
  });

  it("follows the plan year's calendar: a due day before the cut-off falls in the next month", () => {
    // cut-off 20, due 5: June's report is due on 5/7
    expect(startMonth(2024, { cutoffDay: 20, dueDay: 5 }, day(2024, 7, 4), none)).toBe(6);
    expect(startMonth(2024, { cutoffDay: 20, dueDay: 5 }, day(2024, 7, 6), none)).toBe(7);
  });

  it("in a year whose due dates have all passed, is the first month not sent, else December", () => {
    const late = day(2026, 12, 3);
    const states = new Map<number, SubmissionState>([
      [1, "approved"],
      [2, "submitted"],
      [3, "returned"],
    ]);
    expect(startMonth(2024, calendar, late, states)).toBe(3);
    const all = new Map<number, SubmissionState>(Array.from({ length: 12 }, (_, i) => [i + 1, "approved"]));
    expect(startMonth(2024, calendar, late, all)).toBe(12);
    expect(startMonth(2024, calendar, late, none)).toBe(1);
  });

  it("asks to enter a month still the department's, to look at one already sent", () => {
    expect(startLabel(12, 2024, undefined)).toBe("Nhập số liệu tháng 12/2024");
    expect(startLabel(12, 2024, "draft")).toBe("Nhập số liệu tháng 12/2024");
    expect(startLabel(3, 2024, "returned")).toBe("Nhập số liệu tháng 3/2024");
    expect(startLabel(12, 2024, "submitted")).toBe("Xem số liệu tháng 12/2024");
    expect(startLabel(12, 2024, "approved")).toBe("Xem số liệu tháng 12/2024");
  });

  it("counts the day in Vietnam (UTC+7)", () => {
    expect(vietnamToday(new Date("2024-06-17T17:30:00Z"))).toEqual(day(2024, 6, 18));
    expect(vietnamToday(new Date("2024-06-17T16:59:00Z"))).toEqual(day(2024, 6, 17));
  });
});
