import ExcelJS from "exceljs";
import { safeCellText } from "@/lib/excel/cells";
import { formatViNumber, planFigureText, roundTo } from "@/lib/numbers";
import type { PeriodCode } from "@/lib/periods";
import { hasInPeriodColumn, summaryRowFigures, type SummaryRow } from "@/lib/reports/summary-rows";
import type { ExportMeta } from "./meta";
import { SUMMARY_NOTE, attachedToLine, summaryHeaders, summaryTitle } from "./summary-columns";
import { addUnitRankingSheet } from "./units-xlsx";
import type { UnitRankingTable } from "@/db/schema/draft-content";

export const SUMMARY_SHEET = "Biểu tổng hợp";
/** the header row (title rows above it); data rows start below it */
export const HEADER_ROW = 4;
const WIDTHS = [7, 60, 14, 14, 14, 11, 14, 13];
/** a month or quarter: the period's own figure beside the year to date */
const WIDTHS_WITH_OWN = [7, 54, 12, 14, 14, 14, 11, 14, 13];
/** points per line of 12 pt text */
const ROW_HEIGHT = 16;

/** How many lines a text takes in a column of `width` characters (a width unit holds a little more than one character of Times New Roman 12 pt). */
function linesIn(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15));
  return Math.max(1, Math.ceil(text.length / perLine));
}

/**
 * An Excel number format with `precision` decimals: "#,##0", "#,##0.0", …; Excel and
 * LibreOffice show it with the reader's separators ("27.068,7" in a Vietnamese locale).
 */
export function numberFormat(precision: number): string {
  return precision > 0 ? `#,##0.${"0".repeat(precision)}` : "#,##0";
}

/**
 * A figure as the biểu prints it: rounded at its precision, shown with the decimals it needs
 * (trailing zeros dropped, as in the report: "2.285", "27.068,7", "89").
 */
export function figureCell(value: number | null, precision: number): { value: number | null; decimals: number } {
  return value === null ? { value: null, decimals: 0 } : cellOfText(value, formatViNumber(value, precision));
}

/** A number cell showing exactly the text the row's formatter wrote ("60,10", "+0,35 điểm"): its decimals, the number rounded to them. */
export function cellOfText(value: number | null, text: string | null): { value: number | null; decimals: number } {
  if (value === null || text === null) return { value: null, decimals: 0 };
  const decimals = /,(\d+)/.exec(text)?.[1].length ?? 0;
  return { value: roundTo(value, decimals), decimals };
}

/** A rate's change in percentage points with `decimals` decimals: "+0,3 điểm" / "-1,18 điểm". */
export function pointsFormat(decimals: number): string {
  const n = numberFormat(decimals);
  return `+${n}" điểm";-${n}" điểm";+${n}" điểm"`;
}

/** The plan as a number when it is one figure ("49.000", "2,223": as adopted, planFigureText), else as text ("≥ 6,5", "7-7,5"). */
function planCell(r: SummaryRow): number | string {
  if (r.planValue !== null && r.plan === planFigureText({ value: r.planValue })) return r.planValue;
  return safeCellText(r.plan);
}

/** The biểu tổng hợp as a workbook (and the localities' ranking where units report): title rows, a frozen header, numbers with their precision, printable A4 landscape. */
export async function buildSummaryXlsx(
  input: { year: number; period: PeriodCode; summary: SummaryRow[]; units?: UnitRankingTable[] },
  meta: ExportMeta,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.issuerName;
  workbook.title = summaryTitle(input.year, input.period);
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, {
    views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 2 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "Trang &P/&N" },
  });
  const own = hasInPeriodColumn(input.period);
  const headers = summaryHeaders(input.period, input.year);
  const widths = own ? WIDTHS_WITH_OWN : WIDTHS;
  sheet.columns = widths.map((width) => ({ width }));

  const title = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, headers.length);
    const c = sheet.getCell(row, 1);
    c.value = safeCellText(text);
    c.font = { name: "Times New Roman", ...font };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  title(1, meta.issuerName.toLocaleUpperCase("vi"), { bold: true, size: 12 });
  title(2, summaryTitle(input.year, input.period).toLocaleUpperCase("vi"), { bold: true, size: 14 });
  title(3, attachedToLine(meta), { italic: true, size: 12 });

  const border: Partial<ExcelJS.Borders> = {
    top: { style: "thin" },
    bottom: { style: "thin" },
    left: { style: "thin" },
    right: { style: "thin" },
  };
  const header = sheet.getRow(HEADER_ROW);
  headers.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { name: "Times New Roman", bold: true, size: 12 };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    c.border = border;
  });
  header.height = 32;

  input.summary.forEach((r, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    // the same texts as the page and the .docx (summaryRowFigures), as numbers with those decimals
    const f = summaryRowFigures(r);
    const value = cellOfText(r.value, f.value);
    const pct = cellOfText(r.pctOfPlan, f.pctOfPlan);
    const lastYear = cellOfText(r.lastYear, f.lastYear);
    const vs = cellOfText(r.vsLastYear, f.vsLastYear);
    const inPeriod = cellOfText(r.inPeriod ?? null, f.inPeriod);
    const plan = planCell(r);
    const values: (string | number | null)[] = [
      r.stt,
      safeCellText(r.name),
      safeCellText(r.unit),
      plan,
      ...(own ? [inPeriod.value] : []),
      value.value,
      pct.value,
      lastYear.value,
      vs.value,
    ];
    const formats = [
      null,
      null,
      null,
      typeof plan === "number" ? numberFormat(cellOfText(plan, r.plan).decimals) : null,
      ...(own ? [numberFormat(inPeriod.decimals)] : []),
      r.estimate ? `${numberFormat(value.decimals)}" (ư)"` : numberFormat(value.decimals),
      numberFormat(pct.decimals),
      numberFormat(lastYear.decimals),
      (r.points ?? r.rate) ? pointsFormat(vs.decimals) : numberFormat(vs.decimals),
    ];
    values.forEach((v, i) => {
      const c = row.getCell(i + 1);
      c.value = v;
      c.border = border;
      c.font = { name: "Times New Roman", size: 12, bold: i === 1 && !r.child, italic: i === 1 && r.child };
      const fmt = formats[i];
      if (fmt && typeof v === "number") c.numFmt = fmt;
      c.alignment =
        i === 1
          ? { vertical: "middle", wrapText: true, indent: r.child ? 1 : 0 }
          : { vertical: "middle", horizontal: i === 0 || i === 2 ? "center" : "right", wrapText: i === 2 };
    });
    // LibreOffice does not grow a row for wrapped text on its own: give long names their lines
    row.height = ROW_HEIGHT * Math.max(linesIn(r.name, widths[1]), linesIn(r.unit, widths[2]));
  });

  const noteRow = HEADER_ROW + input.summary.length + 2;
  sheet.mergeCells(noteRow, 1, noteRow, headers.length);
  sheet.getCell(noteRow, 1).value = SUMMARY_NOTE;
  sheet.getCell(noteRow, 1).font = { name: "Times New Roman", italic: true, size: 11 };
  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + headers.length)}${noteRow}`;
  // the localities' ranking of each indicator reported by units, only when there is one (lib/units)
  if (input.units?.length)
    addUnitRankingSheet(workbook, { year: input.year, period: input.period, units: input.units }, meta);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
