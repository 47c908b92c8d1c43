import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dashboardList, dashboardListRow, dashboardStatusParam, RISK_LIST_LIMIT } from "@/lib/reports/dashboard-list";
import { countByStatus } from "@/lib/reports/filter";
import type { PaceStatus } from "@/lib/rollup/pace";
import { buildDashboardXlsx, DASHBOARD_HEADERS, DASHBOARD_SHEET, dashboardFileName } from "./dashboard-xlsx";
import { dashboardQuery } from "./dashboard-source";

const row = (code: string, status: PaceStatus, name = `Chỉ tiêu ${code}`) => ({
  indicator: { code, name, unit: "tỷ đồng", precision: 1, pctPrecision: 1, sectionCode: "I.1", departmentCode: "stc" },
  pace: { status, reason: { code: "no_data" as const } },
});

async function sheetOf(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(DASHBOARD_SHEET)!;
  const rows: string[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}

const base = {
  year: 2024,
  period: "9T" as const,
  counting: "submitted" as const,
  section: null,
  department: null,
};

describe("the dashboard's list", () => {
  const rows = [row("a", "achieved"), row("b", "behind"), row("c", "at_risk"), row("d", "achieved")];

  it("lists those needing attention, worst first, without a status", () => {
    expect(dashboardList(rows, null).rows.map((r) => r.indicator.code)).toEqual(["c", "b"]);
  });

  it("lists every indicator of the chosen status, in the report's order", () => {
    expect(dashboardList(rows, "achieved").rows.map((r) => r.indicator.code)).toEqual(["a", "d"]);
    expect(dashboardList(rows, "exceeded")).toEqual({ rows: [], more: 0 });
  });

  it("stops at the limit and says how many more", () => {
    const many = Array.from({ length: RISK_LIST_LIMIT + 3 }, (_, i) => row(`r${i}`, "at_risk"));
    expect(dashboardList(many, null)).toMatchObject({ more: 3 });
    expect(dashboardList(many, null).rows).toHaveLength(RISK_LIST_LIMIT);
    expect(dashboardList(many, "at_risk").rows).toHaveLength(RISK_LIST_LIMIT + 3);
  });

  it("reads ?status= as a status or nothing", () => {
    expect(dashboardStatusParam("at_risk")).toBe("at_risk");
    expect(dashboardStatusParam(["achieved", "x"])).toBe("achieved");
    for (const bad of ["", "AT_RISK", "toString", undefined, null]) expect(dashboardStatusParam(bad)).toBeNull();
  });

  it("keeps the filters in the links, the empty ones left out", () => {
    expect(dashboardQuery({ ...base, section: "I.3", department: "" }, "behind")).toBe(
      "year=2024&period=9T&counting=submitted&section=I.3&status=behind",
    );
  });
});

describe("the dashboard as .xlsx", () => {
  it("writes the period, the filters, the counts and exactly the listed rows with their status", async () => {
    const rows = [row("a", "achieved"), row("b", "at_risk", '=HYPERLINK("x")'), row("c", "achieved")];
    const list = dashboardList(rows, "achieved");
    const sheet = await sheetOf(
      await buildDashboardXlsx({
        ...base,
        department: "Sở Tài chính",
        status: "achieved",
        total: rows.length,
        counts: countByStatus(rows),
        list: list.rows.map((r) => dashboardListRow(r)),
        more: list.more,
      }),
    );
    expect(sheet[0][0]).toBe("BẢNG ĐIỀU HÀNH - TÌNH HÌNH THỰC HIỆN 9 THÁNG NĂM 2024");
    expect(sheet[1][0]).toContain("Đơn vị: Sở Tài chính");
    expect(sheet[1][0]).toContain("Tình trạng: Đạt kế hoạch");
    expect(sheet[2][0]).toBe("Tiến độ 3 chỉ tiêu: Đạt kế hoạch 2; Nguy cơ không đạt 1");
    const header = sheet.findIndex((r) => r[0] === DASHBOARD_HEADERS[0]);
    expect(sheet[header]).toEqual([...DASHBOARD_HEADERS]);
    expect(sheet.slice(header + 1)).toEqual([
      ["1", "a", "Chỉ tiêu a", "tỷ đồng", "Đạt kế hoạch", "Chưa có số liệu của kỳ"],
      ["2", "c", "Chỉ tiêu c", "tỷ đồng", "Đạt kế hoạch", "Chưa có số liệu của kỳ"],
    ]);
  });

  it("writes a name starting like a formula as text, and says how many more need attention", async () => {
    const rows = [
      row("f", "at_risk", '=HYPERLINK("http://x")'),
      ...Array.from({ length: RISK_LIST_LIMIT + 1 }, (_, i) => row(`r${i}`, "behind")),
    ];
    const list = dashboardList(rows, null);
    const sheet = await sheetOf(
      await buildDashboardXlsx({
        ...base,
        status: null,
        total: rows.length,
        counts: countByStatus(rows),
        list: list.rows.map((r) => dashboardListRow(r)),
        more: list.more,
      }),
    );
    expect(sheet.some((r) => r[2] === `'=HYPERLINK("http://x")`)).toBe(true);
    expect(sheet.at(-1)?.[0]).toContain("Còn 2 chỉ tiêu khác cần chú ý");
    expect(sheet.filter((r) => /^\d+$/.test(r[0]))).toHaveLength(RISK_LIST_LIMIT);
  });

  it("names the file by period and status", () => {
    expect(dashboardFileName({ year: 2024, period: "N", status: null })).toBe(
      "Bảng điều hành - tình hình thực hiện năm 2024.xlsx",
    );
    expect(dashboardFileName({ year: 2024, period: "6T", status: "at_risk" })).toBe(
      "Bảng điều hành - tình hình thực hiện 6 tháng đầu năm 2024 - Nguy cơ không đạt.xlsx",
    );
  });
});
