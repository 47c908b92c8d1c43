import { describe, expect, it } from "vitest";
import {
  decimalStringFromScaled,
  formatViNumber,
  formatViPercent,
  parseNumberInput,
  parseViNumber,
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
