import { describe, expect, it } from "vitest";
import { DEFAULT_OPENINGS, openingProblem, renderOpening, reportKindOf } from "./opening";

describe("the report's opening", () => {
  it.each([
    [
      "6T",
      2023,
      "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2023, UBND tỉnh báo cáo tình hình thực hiện 6 tháng đầu năm, nhiệm vụ, giải pháp 6 tháng cuối năm 2023 như sau:",
    ],
    [
      "9T",
      2024,
      "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, UBND tỉnh báo cáo tình hình thực hiện 9 tháng đầu năm, nhiệm vụ, giải pháp 3 tháng cuối năm 2024 như sau:",
    ],
    [
      "N",
      2024,
      "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, UBND tỉnh báo cáo tình hình thực hiện năm 2024, nhiệm vụ, giải pháp năm 2025 như sau:",
    ],
    [
      "T10",
      2024,
      "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, UBND tỉnh báo cáo tình hình kinh tế - xã hội tháng 10, nhiệm vụ, giải pháp tháng 11 năm 2024 như sau:",
    ],
    [
      "T12",
      2024,
      "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, UBND tỉnh báo cáo tình hình kinh tế - xã hội tháng 12, nhiệm vụ, giải pháp tháng 1 năm 2025 như sau:",
    ],
    [
      "Q3",
      2024,
      "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, UBND tỉnh báo cáo tình hình kinh tế - xã hội quý III, nhiệm vụ, giải pháp quý IV năm 2024 như sau:",
    ],
    [
      "Q4",
      2024,
      "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, UBND tỉnh báo cáo tình hình kinh tế - xã hội quý IV, nhiệm vụ, giải pháp quý I năm 2025 như sau:",
    ],
  ] as const)("by default %s %i opens: %s", (period, year, text) => {
    expect(renderOpening(null, period, year)).toBe(text);
    expect(renderOpening("   ", period, year)).toBe(text);
  });

  it("uses the template the admin set for the kind", () => {
    expect(
      renderOpening(
        "Thực hiện Nghị quyết số 12/NQ-HĐND, UBND tỉnh báo cáo kết quả {period} năm {year} và nhiệm vụ {next}:",
        "6T",
        2023,
      ),
    ).toBe(
      "Thực hiện Nghị quyết số 12/NQ-HĐND, UBND tỉnh báo cáo kết quả 6 tháng đầu năm năm 2023 và nhiệm vụ 6 tháng cuối năm 2023:",
    );
  });

  it.each([
    ["T01", "month"],
    ["Q2", "quarter"],
    ["6T", "6T"],
    ["9T", "9T"],
    ["N", "N"],
  ] as const)("%s is a report of kind %s", (period, kind) => {
    expect(reportKindOf(period)).toBe(kind);
  });

  it.each([
    ["Thực hiện {x}", "không có chỗ trống {x}"],
    ["Thực hiện {period", "thiếu dấu ngoặc"],
    ["Thực hiện } năm", "thiếu dấu ngoặc"],
    ["a\u0000b", "ký tự điều khiển"],
    ["x".repeat(1001), "dài quá 1000 ký tự"],
  ])("refuses %j: %s", (template, message) => {
    expect(openingProblem(template)).toContain(message);
  });

  it("accepts every default", () => {
    for (const text of Object.values(DEFAULT_OPENINGS)) expect(openingProblem(text)).toBeNull();
  });
});
