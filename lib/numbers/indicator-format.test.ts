import { describe, expect, it } from "vitest";
import { indicatorFormat, percentDigits, planFigureText } from "./indicator-format";

const trees = { unit: "triệu cây", kind: "cumulative", precision: 1, pctPrecision: 1, changePrecision: 1 };
const grdp = { unit: "%", kind: "rate", precision: 2, pctPrecision: 1, changePrecision: 2 };
const share = { unit: "%", kind: "point", precision: 1, pctPrecision: 1, changePrecision: 1 };

describe("one formatter per indicator", () => {
  it("writes a figure at the indicator's precision, trailing zeros dropped, with its unit", () => {
    const f = indicatorFormat(trees);
    expect(f.value(4.4987)).toBe("4,5");
    expect(f.value(27068.74)).toBe("27.068,7");
    expect(f.value(2)).toBe("2");
    expect(f.valueWithUnit(4.5)).toBe("4,5 triệu cây");
    expect(indicatorFormat(grdp).valueWithUnit(6.234)).toBe("6,23%");
  });

  it("writes a plan figure as adopted, whatever the indicator's precision", () => {
    expect(indicatorFormat(trees).target({ value: 2.223 })).toBe("2,223");
    expect(planFigureText({ value: 3891.923 })).toBe("3.891,923");
    expect(planFigureText({ value: 1.23456 })).toBe("1,2346");
    expect(planFigureText({ min: 7, max: 7.5 })).toBe("7-7,5");
    expect(planFigureText({ min: 6.5 })).toBe("≥ 6,5");
    expect(planFigureText({ max: 2 })).toBe("≤ 2");
    expect(planFigureText({})).toBe("");
  });

  it("writes percentages of plan and changes at their precisions, in the house style", () => {
    const f = indicatorFormat(trees);
    expect(f.pctOfPlan(60.1234)).toBe("60,1%");
    expect(f.pctOfPlan(131)).toBe("131%");
    expect(f.change(4.06)).toBe("+4,1%");
    expect(f.change(-9.84)).toBe("-9,8%");
    expect(f.change(0.01)).toBe("0%");
    const fixed = indicatorFormat(trees, "fixed2");
    expect(fixed.pctOfPlan(60.1)).toBe("60,10%");
    expect(fixed.change(-9.84)).toBe("-9,84%");
    expect(percentDigits(63.349, 1)).toBe("63,3");
    expect(percentDigits(63.349, 1, "fixed2")).toBe("63,35");
  });

  it("writes a rate's difference in points at two decimals, a share's at its change precision", () => {
    expect(indicatorFormat(grdp).points(-1.184)).toBe("-1,18 điểm");
    expect(indicatorFormat(grdp).points(0.3)).toBe("+0,3 điểm");
    expect(indicatorFormat(share).points(0.35)).toBe("+0,4 điểm");
    expect(indicatorFormat(share).pointsDigits(0.35)).toBe("0,4");
  });
});
