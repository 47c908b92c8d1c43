import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildEntryTemplate, parseEntryUpload, SHEET_NAME } from "./entry-template";
import { safeCellText } from "./cells";

const rows = [
  {
    code: "knxnk.xk",
    name: "Xuất khẩu",
    unit: "triệu USD",
    period: "T06" as const,
    value: 210.5,
    status: "estimate" as const,
    note: "",
    version: 2,
  },
  {
    code: "knxnk.nk",
    name: '=HYPERLINK("x")',
    unit: "triệu USD",
    period: "T06" as const,
    value: null,
    status: "estimate" as const,
    note: "@cmd",
    version: 0,
  },
];

async function roundTrip(edit: (sheet: ExcelJS.Worksheet) => void) {
  const file = await buildEntryTemplate("Cục Hải quan - tháng 6/2023", rows);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  edit(workbook.getWorksheet(SHEET_NAME)!);
  const edited = await workbook.xlsx.writeBuffer();
  return parseEntryUpload(edited as ArrayBuffer);
}

describe("Excel entry template", () => {
  it("round-trips the pre-filled figures, Vietnamese text and versions", async () => {
    const parsed = await roundTrip((sheet) => {
      sheet.getCell("E4").value = "1.005,5";
      sheet.getCell("F4").value = "chính thức";
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.items).toEqual([
      {
        indicator: "knxnk.xk",
        period: "T06",
        value: 2105000,
        status: "estimate",
        note: undefined,
        version: 2,
        percent: false,
        row: 3,
      },
      {
        indicator: "knxnk.nk",
        period: "T06",
        value: 10055000,
        status: "official",
        note: "@cmd",
        version: 0,
        percent: false,
        row: 4,
      },
    ]);
  });

  it("writes the period as a word (Tháng 6, Cả năm) and reads a label or a code back", async () => {
    const file = await buildEntryTemplate("x", [...rows, { ...rows[0], period: "N" as const }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SHEET_NAME)!;
    expect([sheet.getCell("D3").value, sheet.getCell("D5").value]).toEqual(["Tháng 6", "Cả năm"]);
    const parsed = await roundTrip((s) => {
      s.getCell("D3").value = "T06"; // an older template's code
      s.getCell("D4").value = "thang 6"; // typed without diacritics
      s.getCell("E4").value = "1";
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.items.map((i) => i.period)).toEqual(["T06", "T06"]);
    const bad = await roundTrip((s) => (s.getCell("D3").value = "Năm ngoái"));
    expect(bad.errors[0]).toMatch(/dòng 3, cột D \(Kỳ\): kỳ "Năm ngoái" không hợp lệ/);
  });

  it("accepts numbers typed as numbers in Excel", async () => {
    const parsed = await roundTrip((sheet) => (sheet.getCell("E4").value = 1005.5));
    expect(parsed.items[1].value).toBe(10055000);
  });

  // issue 15: a formula's cached result is its figure; one without a result is named, never "[object Object]"
  it("reads a formula's cached result as a number", async () => {
    const parsed = await roundTrip((sheet) => (sheet.getCell("E4").value = { formula: "E3*2", result: 27068.7 }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.items[1].value).toBe(270_687_000);
  });

  it("refuses a formula without a cached result, or with an error, by cell", async () => {
    const parsed = await roundTrip((sheet) => {
      sheet.getCell("E3").value = { formula: "SUM(B1:B2)" } as ExcelJS.CellFormulaValue;
      sheet.getCell("E4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    });
    expect(parsed.errors).toHaveLength(2);
    expect(parsed.errors[0]).toMatch(/dòng 3, cột E \(Giá trị\): ô E3 là công thức chưa có kết quả/);
    expect(parsed.errors[1]).toMatch(/dòng 4, cột E \(Giá trị\): ô E4 là công thức báo lỗi/);
    expect(parsed.errors.join(" ")).not.toContain("[object Object]");
  });

  it("keeps a % typed after a figure for the save to check against the indicator's unit", async () => {
    const parsed = await roundTrip((sheet) => (sheet.getCell("E3").value = "12%"));
    expect(parsed.items[0]).toMatchObject({ value: 120_000, percent: true });
  });

  it("refuses a JSON-like figure with more than 4 decimals instead of rounding it", async () => {
    const parsed = await roundTrip((sheet) => (sheet.getCell("E3").value = 123456.78905));
    expect(parsed.errors[0]).toMatch(/dòng 3, cột E .*quá 4 chữ số thập phân/);
  });

  it("names sheet, row and column of every bad cell", async () => {
    const parsed = await roundTrip((sheet) => {
      sheet.getCell("E3").value = "1,234.5";
      sheet.getCell("E4").value = "12";
      sheet.getCell("F4").value = "tạm tính";
      sheet.getCell("A5").value = "";
      sheet.getCell("E5").value = "3";
    });
    expect(parsed.errors).toHaveLength(3);
    expect(parsed.errors[0]).toMatch(/^Trang "Số liệu", dòng 3, cột E \(Giá trị\): .*không rõ định dạng/);
    expect(parsed.errors[1]).toMatch(/dòng 4, cột F/);
    expect(parsed.errors[2]).toMatch(/dòng 5, cột A .*thiếu mã chỉ tiêu/);
  });

  it("refuses a file that is not a workbook or lacks the sheet", async () => {
    expect((await parseEntryUpload(new TextEncoder().encode("not a zip").buffer as ArrayBuffer)).errors[0]).toContain(
      "không phải là bảng tính",
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Khác");
    expect((await parseEntryUpload((await workbook.xlsx.writeBuffer()) as ArrayBuffer)).errors[0]).toContain(
      "Không tìm thấy trang",
    );
  });

  it("escapes text that would start a formula", async () => {
    expect(safeCellText("=1+1")).toBe("'=1+1");
    expect(safeCellText("-5")).toBe("'-5");
    expect(safeCellText("Xuất khẩu")).toBe("Xuất khẩu");
    const file = await buildEntryTemplate("x", rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet(SHEET_NAME)!.getCell("B4");
    expect(cell.value).toBe('\'=HYPERLINK("x")');
    expect(cell.formula).toBeUndefined();
  });
});
