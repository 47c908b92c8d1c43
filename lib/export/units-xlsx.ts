import type ExcelJS from "exceljs";
import type { UnitRankingTable } from "@/db/schema/draft-content";
import { safeCellText } from "@/lib/excel/cells";
import { LAGGING_MONTHS } from "@/lib/units/ranking";
import { periodLabel, type PeriodCode } from "@/lib/periods";
import type { ExportMeta } from "./meta";
import { numberFormat } from "./xlsx";

export const UNITS_SHEET = "Xếp hạng địa phương";
const HEADERS = [
  "Hạng",
  "Địa phương",
  "Thực hiện",
  "Kế hoạch năm",
  "% kế hoạch",
  "So cùng kỳ (%)",
  "Số tháng liên tiếp thấp hơn bình quân",
  "Ghi chú",
];
const WIDTHS = [7, 30, 14, 14, 12, 12, 16, 24];
const LAGGING_NOTE = `Chậm ${LAGGING_MONTHS} tháng liên tiếp`;
const FONT = { name: "Times New Roman", size: 12 } as const;
const border: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

/**
 * The biểu "Xếp hạng địa phương" of the report's workbook: for each indicator reported by units,
 * its title, the province average, and the units ranked (rank, value, plan, % of plan, change,
 * months below the average running, the lagging mark), as the /units page shows them.
 */
export function addUnitRankingSheet(
  workbook: ExcelJS.Workbook,
  input: { year: number; period: PeriodCode; units: UnitRankingTable[] },
  meta: ExportMeta,
): void {
  const sheet = workbook.addWorksheet(UNITS_SHEET, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "Trang &P/&N" },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let row = 1;
  const line = (text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, HEADERS.length);
    const c = sheet.getCell(row, 1);
    c.value = safeCellText(text);
    c.font = { ...FONT, ...font };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    row++;
  };
  line(meta.issuerName.toLocaleUpperCase("vi"), { bold: true });
  line(`XẾP HẠNG ĐỊA PHƯƠNG ${periodLabel(input.period, input.year).toLocaleUpperCase("vi")}`, {
    bold: true,
    size: 14,
  });
  for (const table of input.units) {
    row++;
    line(`${table.name} (${table.unit})`, { bold: true });
    const average =
      table.average === null
        ? "chưa đủ số liệu"
        : table.basis === "plan"
          ? `đạt ${table.average.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}% kế hoạch`
          : `${table.average >= 0 ? "tăng" : "giảm"} ${Math.abs(table.average).toLocaleString("vi-VN", { maximumFractionDigits: 1 })}% so với cùng kỳ`;
    line(
      `Bình quân chung của tỉnh (${table.unitsLabel}): ${average}; xếp hạng theo ${table.basis === "plan" ? "% kế hoạch" : "mức tăng so với cùng kỳ"}`,
      { italic: true },
    );
    const header = sheet.getRow(row++);
    HEADERS.forEach((h, i) => {
      const c = header.getCell(i + 1);
      c.value = h;
      c.font = { ...FONT, bold: true };
      c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
      c.border = border;
    });
    header.height = 48;
    for (const u of table.rows) {
      const values = [
        u.rank,
        safeCellText(u.name),
        u.value,
        u.target,
        u.pctOfPlan,
        u.changePct,
        u.belowAverageMonths,
        u.lagging ? LAGGING_NOTE : null,
      ];
      const formats = [
        null,
        null,
        numberFormat(table.precision),
        numberFormat(table.precision),
        "#,##0.0",
        "+#,##0.0;-#,##0.0;0.0",
        "0",
        null,
      ];
      const r = sheet.getRow(row++);
      values.forEach((v, i) => {
        const c = r.getCell(i + 1);
        c.value = v;
        c.border = border;
        c.font = { ...FONT, bold: i === 7 && u.lagging };
        const fmt = formats[i];
        if (fmt && typeof v === "number") c.numFmt = fmt;
        c.alignment = {
          vertical: "middle",
          horizontal: i === 1 || i === 7 ? "left" : "right",
          wrapText: i === 1 || i === 7,
        };
      });
    }
  }
  row++;
  sheet.mergeCells(row, 1, row, HEADERS.length);
  const note = sheet.getCell(row, 1);
  note.value = `Ghi chú: bình quân chung của tỉnh = tổng thực hiện của các địa phương / tổng kế hoạch giao (hoặc / tổng cùng kỳ) × 100; "${LAGGING_NOTE}": số lũy kế thấp hơn bình quân chung của tỉnh từ ${LAGGING_MONTHS} tháng liên tiếp trở lên đến hết kỳ báo cáo.`;
  note.font = { ...FONT, italic: true, size: 11 };
  note.alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(row).height = 32;
}
