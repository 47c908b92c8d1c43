import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { DraftDocument } from "@/lib/draft/model";
import type { SummaryRow } from "@/lib/reports/summary-rows";
import { HEADER_ROW, SUMMARY_SHEET, buildSummaryXlsx, figureCell, numberFormat, pointsFormat } from "@/lib/export/xlsx";
import { cellText } from "@/lib/excel/cells";
import { HOSTILE_TEXT, TEST_META, demoDb, demoDraft } from "./export-fixture";

let draft: DraftDocument;
let sheet: ExcelJS.Worksheet;

async function readBack(summary: SummaryRow[]): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await buildSummaryXlsx({ year: 2024, period: "9T", summary }, TEST_META)) as unknown as ArrayBuffer,
  );
  return workbook.getWorksheet(SUMMARY_SHEET)!;
}

const rowOf = (ws: ExcelJS.Worksheet, code: string, summary: SummaryRow[]) =>
  ws.getRow(HEADER_ROW + 1 + summary.findIndex((r) => r.code === code));

beforeAll(async () => {
  draft = demoDraft(demoDb(), 2024, "9T");
  sheet = await readBack(draft.summary);
}, 60_000);

describe("the .xlsx biểu tổng hợp", () => {
  it("has the title rows, the header row and one row per indicator", () => {
    expect(cellText(sheet.getCell(2, 1).value)).toBe("BIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024");
    expect(cellText(sheet.getCell(3, 1).value)).toBe(
      "(Kèm theo Báo cáo số 123/BC-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh Lạng Sơn)",
    );
    expect(sheet.getRow(HEADER_ROW).values).toEqual([
      undefined,
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kế hoạch năm",
      "Thực hiện kỳ",
      "% kế hoạch",
      "Cùng kỳ năm trước",
      "So cùng kỳ (%; chỉ tiêu tỷ lệ: ± điểm %)",
    ]);
    const last = draft.summary.at(-1)!;
    expect(cellText(sheet.getCell(HEADER_ROW + draft.summary.length, 2).value)).toBe(last.name);
  });

  it("stores figures as numbers with a format at each indicator's precision", () => {
    // seed 002: "Tổng mức bán lẻ … ước 27.068,7 tỷ đồng, đạt 66,85% kế hoạch, tăng 12,86%"
    const row = rowOf(sheet, "ban_le", draft.summary);
    expect(row.getCell(5).value).toBe(27068.7);
    expect(row.getCell(5).numFmt).toBe(`#,##0.0" (ư)"`);
    expect(row.getCell(6).value).toBe(66.85);
    expect(row.getCell(6).numFmt).toBe("#,##0.00");
    expect(row.getCell(8).value).toBe(112.86);
    // seed 002: "Tổng thu ngân sách … 7.353,5 tỷ đồng", "tăng 29,8%" (change precision 1)
    const budget = rowOf(sheet, "thu_ns", draft.summary);
    expect([budget.getCell(5).value, budget.getCell(8).value, budget.getCell(8).numFmt]).toEqual([
      7353.5,
      129.8,
      "#,##0.0",
    ]);
    const rate = draft.summary.find((r) => r.rate && r.vsLastYear !== null)!;
    expect(rowOf(sheet, rate.code, draft.summary).getCell(8).numFmt).toMatch(/" điểm"/);
  });

  it("drops trailing zeros as the report does, keeps the decimals a figure needs", () => {
    expect(figureCell(2285, 1)).toEqual({ value: 2285, decimals: 0 });
    expect(figureCell(27068.74, 1)).toEqual({ value: 27068.7, decimals: 1 });
    expect(figureCell(100.40609, 1)).toEqual({ value: 100.4, decimals: 1 });
    expect(figureCell(88.999, 2)).toEqual({ value: 89, decimals: 0 });
    expect(figureCell(null, 2)).toEqual({ value: null, decimals: 0 });
    expect([numberFormat(0), numberFormat(2)]).toEqual(["#,##0", "#,##0.00"]);
    expect(pointsFormat(2)).toBe(`+#,##0.00" điểm";-#,##0.00" điểm";+#,##0.00" điểm"`);
  });

  it("freezes the header, prints A4 landscape one page wide with the header row repeated", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    });
    expect(sheet.getColumn(2).width).toBeGreaterThan(40);
  });

  it("escapes text that a spreadsheet would read as a formula, and keeps markup literal", async () => {
    const base = draft.summary[0];
    const hostile = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=y", HOSTILE_TEXT].map((name, i) => ({
      ...base,
      code: `x${i}`,
      name,
      unit: i === 0 ? "=A1" : base.unit,
    }));
    const ws = await readBack(hostile);
    const names = hostile.map((_, i) => ws.getCell(HEADER_ROW + 1 + i, 2));
    for (const cell of names) expect(cell.type).toBe(ExcelJS.ValueType.String);
    // (XML reads a stored CR back as LF)
    expect(names.map((c) => String(c.value).replace(/\n/g, "\r"))).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\t=x",
      "'\r=y",
      `<script>alert("x")</script> <b>đậm</b> & =HYPERLINK("http://x")`,
    ]);
    expect(ws.getCell(HEADER_ROW + 1, 3).value).toBe("'=A1");
    for (let r = 1; r <= ws.rowCount; r++) ws.getRow(r).eachCell((c) => expect(c.formula).toBeUndefined());
  });
});

describe("the .xlsx biểu of a month", () => {
  it("has the month's own column beside the year to date", async () => {
    const db = demoDb();
    const { generateDraft } = await import("@/lib/draft/generate");
    const t10 = generateDraft(db, { year: 2024, period: "T10" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildSummaryXlsx(t10, TEST_META)) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet(SUMMARY_SHEET)!;
    expect((ws.getRow(HEADER_ROW).values as unknown[]).slice(5, 7)).toEqual(["Thực hiện tháng 10", "Lũy kế 10 tháng"]);
    const retail = ws.getRow(HEADER_ROW + 1 + t10.summary.findIndex((r) => r.code === "ban_le"));
    expect([retail.getCell(5).value, retail.getCell(6).value]).toEqual([3710.4, 30779.1]);
    expect(t10.summary.some((r) => r.rate)).toBe(false);
  }, 60_000);
});
