import { describe, expect, it } from "vitest";
import { summaryRows } from "./summary-rows";
import type { ReportRow } from "./province-report";

const row = (code: string, parentCode: string | null, extra: Partial<ReportRow> = {}) =>
  ({
    indicator: { code, name: code, parentCode, sectionCode: "I.3.2", sectionTitle: "x", unit: "triệu USD", kind: "cumulative", targets: [{ source: "hdnd", value: 3800 }], precision: 0, pctPrecision: 1, changePrecision: 1 },
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
    const rows = summaryRows([row("knxnk", null), row("knxnk.xk", "knxnk"), row("knxnk.nk", "knxnk"), row("ban_le", null)]);
    expect(rows.map((r) => r.stt)).toEqual(["1", "1.1", "1.2", "2"]);
    expect(rows[0]).toMatchObject({ plan: "3.800", value: 2285, estimate: true, vsLastYear: 201.07, lastYear: 1136.4 });
    expect(rows[0].search).toContain("knxnk");
  });
});
