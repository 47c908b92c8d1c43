import { describe, expect, it } from "vitest";
import { paceOf, type PaceInput } from "@/lib/rollup";
import { PACE_LABELS, paceReasonText } from "./pace-labels";

const base: PaceInput = {
  kind: "cumulative",
  direction: "up",
  value: null,
  month: 9,
  target: { source: "hdnd", value: 3800 },
  lastYear: {},
  atRiskRatio: 0.9,
};
const usd = { unit: "triệu USD", precision: 0, pctPrecision: 1 };

describe("pace reasons in words (as the dashboard and the indicator page read them)", () => {
  it.each([
    [{ ...base, value: 3971 }, usd, "Đã đạt 104,5% kế hoạch"],
    [{ ...base, value: 2700 }, usd, "Đạt 71,1% kế hoạch, cần bình quân 367 triệu USD/tháng trong 3 tháng còn lại"],
    [
      { ...base, value: 2000 },
      usd,
      "Đạt 52,6% kế hoạch, thấp hơn tiến độ cần đạt 22,4 điểm phần trăm; cần bình quân 600 triệu USD/tháng trong 3 tháng còn lại",
    ],
    [{ ...base, value: 2900 }, usd, "Đạt 76,3% kế hoạch, tiến độ cần đạt 75%"],
    [
      { ...base, kind: "rate" as const, value: 6.1, target: { source: "hdnd" as const, min: 7, max: 7.5 } },
      { unit: "%", precision: 2, pctPrecision: 1 },
      "Chưa đạt kế hoạch 7-7,5%",
    ],
    [
      { ...base, kind: "rate" as const, value: 6.1, month: 12, target: { source: "hdnd" as const, min: 7, max: 7.5 } },
      { unit: "%", precision: 2, pctPrecision: 1 },
      "Không đạt kế hoạch 7-7,5%",
    ],
    [{ ...base, value: 3500, month: 12 }, usd, "Không đạt kế hoạch năm (đạt 92,1%)"],
    [base, usd, "Chưa có số liệu của kỳ"],
    [{ ...base, value: 1, target: undefined }, usd, "Chưa giao kế hoạch năm"],
  ] as const)("%j", (input, indicator, text) => {
    expect(paceReasonText(paceOf(input).reason, indicator)).toBe(text);
  });
  it("writes % of plan at the indicator's precision, in the house style", () => {
    const reason = paceOf({ ...base, value: 2700 }).reason;
    expect(paceReasonText(reason, { ...usd, pctPrecision: 2 })).toMatch(/^Đạt 71,05% kế hoạch/);
    expect(paceReasonText(reason, { ...usd, pctPrecision: 0 })).toMatch(/^Đạt 71% kế hoạch/);
    expect(paceReasonText(paceOf({ ...base, value: 3800 * 0.6 }).reason, usd, "fixed2")).toMatch(
      /^Đạt 60,00% kế hoạch/,
    );
  });
  it("names the final status 'Không đạt kế hoạch'", () => {
    expect(PACE_LABELS[paceOf({ ...base, value: 3500, month: 12 }).status]).toBe("Không đạt kế hoạch");
  });
});
