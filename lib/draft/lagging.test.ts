import { describe, expect, it } from "vitest";
import { reportRow } from "@/tests/unit/report-row-fixture";
import { bySection, clauseName, lagOf, laggingIndicators, rateName, remainingMonths, scopePhrase } from "./lagging";

describe("which indicators lag", () => {
  it.each([
    ["behind", "9T", "behind"],
    ["at_risk", "9T", "at_risk"],
    ["at_risk", "N", "not_achieved"],
    ["at_risk", "T12", "not_achieved"],
    ["at_risk", "Q4", "not_achieved"],
    ["on_track", "9T", null],
    ["not_yet", "6T", null],
    ["exceeded", "N", null],
    ["achieved", "N", null],
    ["no_target", "9T", null],
  ] as const)("status %s in %s lags as %s", (status, period, lag) => {
    expect(lagOf(reportRow({ code: "x" }, { status }), period)).toBe(lag);
  });

  it("never counts a missing figure as lagging", () => {
    expect(lagOf(reportRow({ code: "x" }, { status: "at_risk", value: null }), "9T")).toBeNull();
  });

  it("keeps the outline's order and leaves out a part whose whole lags too", () => {
    const rows = [
      reportRow({ code: "a" }, { status: "behind" }),
      reportRow({ code: "a.1", parentCode: "a" }, { status: "behind" }),
      reportRow({ code: "b" }, { status: "on_track" }),
      reportRow({ code: "b.1", parentCode: "b" }, { status: "at_risk" }),
      reportRow({ code: "c", sectionCode: "I.3.1", sectionTitle: "Nông nghiệp" }, { status: "at_risk" }),
    ];
    const lagging = laggingIndicators(rows, "9T");
    expect(lagging.map((l) => `${l.row.indicator.code}:${l.lag}`)).toEqual(["a:behind", "b.1:at_risk", "c:at_risk"]);
    expect(bySection(lagging).map((g) => [g.section, g.items.length])).toEqual([
      ["I.3.4", 2],
      ["I.3.1", 1],
    ]);
  });
});

describe("names and scopes in sentences", () => {
  it.each([
    ["Giải ngân vốn đầu tư công", "giải ngân vốn đầu tư công"],
    ["Sản phẩm OCOP được xếp hạng (lũy kế)", "sản phẩm OCOP được xếp hạng"],
    ["Vụ khởi tố (buôn lậu, gian lận thương mại, hàng giả, hàng cấm)", "vụ khởi tố"],
    ["Tổng sản phẩm trên địa bàn (GRDP)", "tổng sản phẩm trên địa bàn (GRDP)"],
    ["GRDP bình quân đầu người", "GRDP bình quân đầu người"],
  ])("%s is written %s inside a sentence", (name, written) => {
    expect(clauseName({ name })).toBe(written);
  });

  it("names a rate as its sentence does, not 'Tốc độ tăng …'", () => {
    expect(
      rateName({
        name: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)",
        sentenceName: "Tổng sản phẩm trên địa bàn (GRDP)",
        parentCode: null,
      }),
    ).toBe("tổng sản phẩm trên địa bàn (GRDP)");
    expect(rateName({ name: "Tốc độ tăng khu vực dịch vụ", sentenceName: "dịch vụ", parentCode: "grdp" })).toBe(
      "khu vực dịch vụ",
    );
  });

  it.each([
    ["6T", "6 tháng đầu năm", 6],
    ["9T", "9 tháng", 3],
    ["N", "năm 2024", 0],
    ["T10", "lũy kế 10 tháng", 2],
    ["Q3", "lũy kế 9 tháng", 3],
    ["Q4", "năm 2024", 0],
    ["T01", "tháng 1", 11],
  ] as const)("%s covers %s, %i months left", (period, scope, left) => {
    expect(scopePhrase(period, 2024)).toBe(scope);
    expect(remainingMonths(period)).toBe(left);
  });
});
