import { describe, expect, it } from "vitest";
import { narrativeNotice, narrativeReportPeriods } from "./narrative-periods";

describe("the reports a month's narrative serves", () => {
  it("is the month's own report, and the quarter, 6 months, 9 months or year it closes", () => {
    expect(narrativeReportPeriods(5)).toEqual(["T05"]);
    expect(narrativeReportPeriods(3)).toEqual(["T03", "Q1"]);
    expect(narrativeReportPeriods(6)).toEqual(["T06", "Q2", "6T"]);
    expect(narrativeReportPeriods(9)).toEqual(["T09", "Q3", "9T"]);
    expect(narrativeReportPeriods(12)).toEqual(["T12", "Q4", "N"]);
  });

  it("tells the department so in the closing months only", () => {
    expect(narrativeNotice(2023, 6)).toBe(
      "Nội dung tháng 6 là phần thuyết minh của sở trong báo cáo quý II/2023 và báo cáo 6 tháng đầu năm 2023 (cùng báo cáo tháng 6).",
    );
    expect(narrativeNotice(2024, 12)).toContain("báo cáo năm 2024");
    expect(narrativeNotice(2024, 9)).toContain("báo cáo 9 tháng năm 2024");
    expect(narrativeNotice(2024, 5)).toBeNull();
  });
});
