import { describe, expect, it } from "vitest";
import { summaryRows } from "./summary-rows";
import type { ReportRow } from "./province-report";

const row = (code: string, parentCode: string | null, extra: Partial<ReportRow> = {}) =>
  ({
    indicator: {
      code,
      name: code,
      parentCode,
      sectionCode: "I.3.2",
      sectionTitle: "x",
      unit: "triệu USD",
      kind: "cumulative",
      targets: [{ source: "hdnd", value: 3800 }],
      precision: 0,
      pctPrecision: 1,
      changePrecision: 1,
    },
    value: 2285,
    valueStatus: "estimate",
    pctOfPlan: 60.13,
    lastYearValue: 1136.4,
    changeRatio: 201.07,
    changePoints: null,
    ...extra,
  }) as unknown as ReportRow;

describe("summary table rows", () => {
  it("numbers parts under their whole and keeps the figures", () => {
    const rows = summaryRows([
      row("knxnk", null),
      row("knxnk.xk", "knxnk"),
      row("knxnk.nk", "knxnk"),
      row("ban_le", null),
    ]);
    expect(rows.map((r) => r.stt)).toEqual(["1", "1.1", "1.2", "2"]);
    expect(rows[0]).toMatchObject({ plan: "3.800", value: 2285, estimate: true, vsLastYear: 201.07, lastYear: 1136.4 });
    expect(rows[0].search).toContain("knxnk");
  });

  it("compares an indicator in % with last year in points, as the text does, and an amount as a ratio", () => {
    const share = row("mt.che_phu_rung", null, {
      value: 64.1,
      lastYearValue: 63.9,
      changeRatio: 100.31,
    } as Partial<ReportRow>);
    (share.indicator as { unit: string; kind: string }).unit = "%";
    (share.indicator as { kind: string }).kind = "point";
    const [pct, amount] = summaryRows([share, row("ban_le", null)]);
    expect(pct).toMatchObject({ points: true });
    expect(pct.vsLastYear).toBeCloseTo(0.2);
    expect(amount).toMatchObject({ points: false, vsLastYear: 201.07 });
  });

  it("a month's biểu has the month's own figure beside the year to date, and no rates", () => {
    const grdp = row("grdp", null);
    (grdp.indicator as { kind: string }).kind = "rate";
    const t10 = summaryRows([row("knxnk", null, { inPeriodValue: 541.3 } as Partial<ReportRow>), grdp], "T10");
    expect(t10.map((r) => [r.code, r.inPeriod, r.value])).toEqual([["knxnk", 541.3, 2285]]);
    expect(
      summaryRows([row("knxnk", null, { inPeriodValue: 2285 } as Partial<ReportRow>), grdp], "9T").map((r) => [
        r.code,
        r.inPeriod,
      ]),
    ).toEqual([
      ["knxnk", null],
      ["grdp", null],
    ]);
  });
});
