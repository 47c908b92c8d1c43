import { describe, expect, it } from "vitest";
import { monthsPhrase, notReportingMessage, overlaps, reportsInMonth, unitMonths } from "./unit-months";

const district = { validFrom: 2022, validTo: 2025, validFromMonth: 1, validToMonth: 6 };
const ward = { validFrom: 2025, validTo: null, validFromMonth: 7, validToMonth: 12 };
const department = { validFrom: 2020, validTo: null, validFromMonth: 1, validToMonth: 12 };

describe("unitMonths", () => {
  it("gives whole years inside the span, the cut months at its ends, null outside", () => {
    expect(unitMonths(district, 2024)).toEqual({ from: 1, to: 12 });
    expect(unitMonths(district, 2025)).toEqual({ from: 1, to: 6 });
    expect(unitMonths(district, 2026)).toBeNull();
    expect(unitMonths(district, 2021)).toBeNull();
    expect(unitMonths(ward, 2024)).toBeNull();
    expect(unitMonths(ward, 2025)).toEqual({ from: 7, to: 12 });
    expect(unitMonths(ward, 2030)).toEqual({ from: 1, to: 12 });
    expect(unitMonths(department, 2025)).toEqual({ from: 1, to: 12 });
  });

  it("has no months where a one-year unit ends before it starts", () => {
    expect(unitMonths({ validFrom: 2025, validTo: 2025, validFromMonth: 8, validToMonth: 3 }, 2025)).toBeNull();
    expect(unitMonths({ validFrom: 2025, validTo: 2025, validFromMonth: 3, validToMonth: 8 }, 2025)).toEqual({
      from: 3,
      to: 8,
    });
  });
});

describe("reportsInMonth", () => {
  it("hands the districts' June 2025 over to the communes' July", () => {
    expect(reportsInMonth(district, 2025, 6)).toBe(true);
    expect(reportsInMonth(district, 2025, 7)).toBe(false);
    expect(reportsInMonth(ward, 2025, 6)).toBe(false);
    expect(reportsInMonth(ward, 2025, 7)).toBe(true);
    expect(reportsInMonth(ward, 2026, 1)).toBe(true);
  });
});

describe("overlaps", () => {
  it("is true when a month is shared, false when one range ends before the other starts", () => {
    expect(overlaps({ from: 1, to: 6 }, { from: 7, to: 12 })).toBe(false);
    expect(overlaps({ from: 1, to: 7 }, { from: 7, to: 12 })).toBe(true);
    expect(overlaps({ from: 3, to: 4 }, { from: 1, to: 12 })).toBe(true);
  });
});

describe("the refusal's wording", () => {
  it("names the unit and the months it reports", () => {
    expect(notReportingMessage({ ...district, name: "Huyện Văn Quan" }, 2025, 7)).toBe(
      "Huyện Văn Quan chỉ báo cáo từ tháng 1 đến tháng 6/2025, không báo cáo tháng 7/2025",
    );
    expect(notReportingMessage({ ...ward, name: "Phường Tam Thanh" }, 2024, 12)).toBe(
      "Phường Tam Thanh không có hiệu lực năm 2024",
    );
    expect(notReportingMessage({ ...ward, name: "Phường Tam Thanh" }, 2025, 9)).toBeNull();
    expect(monthsPhrase({ from: 1, to: 12 }, 2024)).toBe("cả năm 2024");
    expect(monthsPhrase({ from: 12, to: 12 }, 2025)).toBe("tháng 12/2025");
  });
});
