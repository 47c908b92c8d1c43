import { describe, expect, it } from "vitest";
import {
  decimalStringFromScaled,
  formatViNumber,
  formatViPercent,
  parseNumberInput,
  parseViNumber,
  percentFitsUnit,
  plainDecimalText,
  roundTo,
  scaledFromDecimalString,
  toScaled,
} from ".";

describe("formatViNumber", () => {
  it.each([
    [27068.7, 1, "27.068,7"],
    [2285, 0, "2.285"],
    [1136.4, 1, "1.136,4"],
    [60.1, 1, "60,1"],
    [89, 2, "89"],
    [66.85, 2, "66,85"],
    [0.5, 2, "0,5"],
    [-1234567.891, 2, "-1.234.567,89"],
    [812600, 0, "812.600"],
    [1.005, 2, "1,01"],
    [14.0, 1, "14"],
    [0, 1, "0"],
  ])("%s at %s decimals -> %s", (value, decimals, expected) => {
    expect(formatViNumber(value, decimals)).toBe(expected);
  });

  it("keeps trailing zeros when fixed", () => {
    expect(formatViNumber(60, 1, { fixed: true })).toBe("60,0");
  });

  it("formats percentages with no space before %", () => {
    expect(formatViPercent(60.1)).toBe("60,1%");
    expect(formatViPercent(101.07, 1)).toBe("101,1%");
  });
});

describe("parseViNumber", () => {
  it.each([
    ["27.068,7", 27068.7],
    ["2.285", 2285],
    ["1.234.567,89", 1234567.89],
    ["27068,7", 27068.7],
    ["-5,5", -5.5],
    ["−5,5", -5.5],
    [" 40.729 ", 40729],
    ["0,05", 0.05],
    ["812 600", 812600],
    ["3891,923", 3891.923],
  ])("%s -> %s", (text, value) => {
    const result = parseViNumber(text);
    expect(result.ok && result.value).toBe(value);
  });

  it("reads 60,1% as a percentage", () => {
    const result = parseViNumber("60,1%");
    expect(result).toMatchObject({ ok: true, value: 60.1, percent: true });
  });

  it("refuses the ambiguous English form 1,234.5 with a clear message", () => {
    const result = parseViNumber("1,234.5");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/dấu chấm phân cách hàng nghìn và dấu phẩy/);
  });

  it.each([
    "2.28",
    "1.2345",
    "12.34.567",
    "abc",
    "",
    "   ",
    "1e5",
    "NaN",
    "Infinity",
    "1,2,3",
    "5,",
    ",5",
    "1.000.000.000.000.000",
  ])("refuses %j", (text) => {
    const result = parseViNumber(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(5);
  });

  it("refuses more than 4 decimals", () => {
    expect(parseViNumber("1,23456").ok).toBe(false);
  });

  it("normalises negative zero", () => {
    const result = parseViNumber("-0");
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });
});

describe("parseNumberInput", () => {
  it("accepts JSON numbers and Vietnamese strings", () => {
    expect(parseNumberInput(2285)).toMatchObject({ ok: true, value: 2285 });
    expect(parseNumberInput("2.285")).toMatchObject({ ok: true, value: 2285 });
  });
  it.each([NaN, Infinity, -Infinity, 1e308, 1.23456, null, true, {}])("refuses %s", (value) => {
    expect(parseNumberInput(value).ok).toBe(false);
  });

  // issue 15: one rule for a JSON number and the same figure typed; too many decimals is refused, never rounded
  it.each([
    [123456.78905, "123.456,78905", /quá 4 chữ số thập phân/],
    [12345.00005, "12.345,00005", /quá 4 chữ số thập phân/],
    [99999999999.99999, "99.999.999.999,99999", /quá 4 chữ số thập phân/],
    [0.1 + 0.2, "0,30000000000000004", /quá 4 chữ số thập phân/],
    [0.00001, "0,00001", /quá 4 chữ số thập phân/],
    [1e-7, "0,0000001", /quá 4 chữ số thập phân/],
    [1e11, "100.000.000.000", /quá lớn \(tối đa 99\.999\.999\.999,9999\)/],
    [-1e11, "-100.000.000.000", /quá lớn/],
    [123456789012.5, "123.456.789.012,5", /quá lớn/],
  ])("JSON %s and text %s are both refused", (json, text, message) => {
    const fromJson = parseNumberInput(json);
    const fromText = parseNumberInput(text);
    expect(fromJson.ok).toBe(false);
    expect(fromText.ok).toBe(false);
    expect(!fromJson.ok && fromJson.error).toMatch(message);
    expect(!fromText.ok && fromText.error).toMatch(message);
  });

  it.each([
    [99999999999.9999, "99.999.999.999,9999", 999_999_999_999_999],
    [-99999999999.9999, "-99.999.999.999,9999", -999_999_999_999_999],
    [123456.7891, "123.456,7891", 1_234_567_891],
    [0.0001, "0,0001", 1],
    [1e-4, "0,0001", 1],
    [-0, "-0", 0],
    [27068.7, "27.068,7", 270_687_000],
    [2285, "2.285", 22_850_000],
  ])("JSON %s and text %s are both stored as %d", (json, text, scaled) => {
    expect(parseNumberInput(json)).toMatchObject({ ok: true, scaled });
    expect(parseNumberInput(text)).toMatchObject({ ok: true, scaled });
    expect(Object.is((parseNumberInput(json) as { scaled: number }).scaled, -0)).toBe(false);
  });

  it.each([
    ["12%", true],
    ["60,1 %", true],
    ["12", false],
  ])("%s is read with percent %s (the unit is checked against the indicator's when saved)", (text, percent) => {
    expect(parseNumberInput(text)).toMatchObject({ ok: true, percent });
  });

  it.each(["5 tỷ", "2.285 tỷ đồng", "12 triệu USD", "3ha"])(
    "%s: a unit typed after the number is refused by name",
    (text) => {
      const result = parseNumberInput(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/ghi kèm đơn vị "(tỷ|tỷ đồng|triệu USD|ha)"/);
    },
  );
});

describe("percentFitsUnit", () => {
  it.each([
    ["%", true],
    ["% kế hoạch", true],
    [" %", true],
    ["triệu USD", false],
    ["tỷ đồng", false],
    ["", false],
    ["điểm", false],
  ])("%j: %s", (unit, fits) => {
    expect(percentFitsUnit(unit)).toBe(fits);
  });
});

describe("plainDecimalText", () => {
  it.each([
    [123456.78905, "123456.78905"],
    [1e-7, "0.0000001"],
    [1.5e-7, "0.00000015"],
    [-2.5e-8, "-0.000000025"],
    [1e21, "1000000000000000000000"],
    [-0, "0"],
    [0, "0"],
    [27068.7, "27068.7"],
    [-5.5, "-5.5"],
    [99999999999.99998, "99999999999.99998"],
  ])("%s -> %s", (value, text) => {
    expect(plainDecimalText(value)).toBe(text);
  });
});

describe("scaled decimals", () => {
  it("round-trips decimal strings exactly", () => {
    for (const text of ["0", "27068.7", "-5.5", "3891.923", "0.0001", "99999999999"]) {
      expect(decimalStringFromScaled(scaledFromDecimalString(text))).toBe(text);
    }
  });
  it("sums without binary artefacts", () => {
    const total = [0.1, 0.2].map(toScaled).reduce((a, b) => a + b, 0);
    expect(decimalStringFromScaled(total)).toBe("0.3");
  });
  it("rounds half away from zero", () => {
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(101.0735, 1)).toBe(101.1);
  });
});
