import { describe, expect, it } from "vitest";
import { parseTargetText, targetShapeProblem } from "./target-text";

const S = 10_000;

describe("parseTargetText", () => {
  it.each([
    ["3.800", { value: 3800 * S, min: null, max: null }],
    ["27.068,7", { value: 270_687_000, min: null, max: null }],
    ["7-7,5", { value: null, min: 7 * S, max: 7.5 * S }],
    ["7 - 7,5%", { value: null, min: 7 * S, max: 7.5 * S }],
    ["7 – 7,5", { value: null, min: 7 * S, max: 7.5 * S }],
    ["7 đến 7,5", { value: null, min: 7 * S, max: 7.5 * S }],
    ["≥ 7,5", { value: null, min: 7.5 * S, max: null }],
    [">=7,5", { value: null, min: 7.5 * S, max: null }],
    ["từ 7,5% trở lên", { value: null, min: 7.5 * S, max: null }],
    ["≤ 2", { value: null, min: null, max: 2 * S }],
    ["dưới 2%", { value: null, min: null, max: 2 * S }],
    ["-1,5", { value: -1.5 * S, min: null, max: null }],
  ])("%s", (text, target) => {
    expect(parseTargetText(text)).toEqual({ ok: true, target });
  });

  it("reads empty text as no target", () => {
    expect(parseTargetText("  ")).toEqual({ ok: true, target: null });
  });

  it.each([
    ["7,5-7", /số đầu nhỏ hơn số cuối/],
    ["1,234.5", /không hợp lệ/],
    ["≥ abc", /Cận dưới/],
    ["7-x", /Cuối khoảng/],
    ["bảy", /không hợp lệ/],
  ])("refuses %s with a Vietnamese message", (text, message) => {
    const result = parseTargetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe("targetShapeProblem", () => {
  it("accepts a value, a range and a bound; refuses both or neither", () => {
    expect(targetShapeProblem({ value: 1 })).toBeNull();
    expect(targetShapeProblem({ min: 1, max: 2 })).toBeNull();
    expect(targetShapeProblem({ max: 2 })).toBeNull();
    expect(targetShapeProblem({ value: 1, min: 0 })).toMatch(/không nhập cả hai/);
    expect(targetShapeProblem({})).toMatch(/Thiếu kế hoạch/);
  });
});
