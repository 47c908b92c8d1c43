import ExcelJS from "exceljs";
import { formatViNumber } from "@/lib/numbers";
import { periodFromText, periodShortLabel, type PeriodCode } from "@/lib/periods";
import { parseNumberInput } from "@/lib/numbers";
import type { ValueStatus } from "@/lib/rollup";
import { NOTE_MAX } from "@/lib/entry/schemas";
import { VALUE_STATUS_LABELS, lowerLabel } from "@/lib/vocabulary/labels";
import { cellFigure, cellText, columnLetter, safeCellText } from "./cells";
import { checkWorkbookUpload, WORKBOOK_LIMITS } from "./upload-check";

export const SHEET_NAME = "Số liệu";
export const MAX_UPLOAD_BYTES = WORKBOOK_LIMITS.maxBytes;
const MAX_ROWS = 5000;

const COLUMNS = [
  { key: "code", header: "Mã chỉ tiêu", width: 22 },
  { key: "name", header: "Chỉ tiêu", width: 60 },
  { key: "unit", header: "ĐVT", width: 14 },
  { key: "period", header: "Kỳ", width: 12 },
  { key: "value", header: "Giá trị", width: 16 },
  { key: "status", header: "Tình trạng (ước/sơ bộ/chính thức)", width: 22 },
  { key: "note", header: "Ghi chú", width: 40 },
  { key: "version", header: "Phiên bản", width: 10 },
] as const;

const STATUS_OF = new Map<string, ValueStatus>([
  ["ước", "estimate"],
  ["uoc", "estimate"],
  ["ước tính", "estimate"],
  ["estimate", "estimate"],
  ["sơ bộ", "preliminary"],
  ["so bo", "preliminary"],
  ["preliminary", "preliminary"],
  ["chính thức", "official"],
  ["chinh thuc", "official"],
  ["official", "official"],
]);

export interface TemplateRow {
  code: string;
  name: string;
  unit: string;
  period: PeriodCode;
  value: number | null;
  status: ValueStatus;
  note: string;
  version: number;
}

/** A pre-filled workbook of a department's month: one row per indicator and period. */
export async function buildEntryTemplate(title: string, rows: TemplateRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Chỉ tiêu";
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getCell(1, 1).value = safeCellText(title);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  const header = sheet.getRow(2);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      code: row.code,
      name: safeCellText(row.name),
      unit: safeCellText(row.unit),
      period: periodShortLabel(row.period),
      value: row.value === null ? null : formatViNumber(row.value, 4),
      status: lowerLabel(VALUE_STATUS_LABELS[row.status]),
      note: safeCellText(row.note),
      version: row.version,
    });
  }
  sheet.getColumn(5).numFmt = "@";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ParsedUpload {
  items: {
    indicator: string;
    period: PeriodCode;
    value: number;
    status: ValueStatus;
    note?: string;
    version?: number;
    percent: boolean;
    row: number;
  }[];
  errors: string[];
}

/** Reads an uploaded workbook row by row; every problem names the sheet, row and column in Vietnamese. */
export async function parseEntryUpload(data: ArrayBuffer): Promise<ParsedUpload> {
  const check = await checkWorkbookUpload(data, { ...WORKBOOK_LIMITS, maxRows: MAX_ROWS });
  if (!check.ok) return { items: [], errors: [check.error] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    return { items: [], errors: ["Tệp không phải là bảng tính Excel (.xlsx) hợp lệ"] };
  }
  const sheet = workbook.getWorksheet(SHEET_NAME);
  if (!sheet)
    return { items: [], errors: [`Không tìm thấy trang "${SHEET_NAME}" trong tệp; hãy dùng mẫu tải về từ hệ thống`] };
  const errors: string[] = [];
  const items: ParsedUpload["items"] = [];
  const where = (row: number, col: number) =>
    `Trang "${SHEET_NAME}", dòng ${row}, cột ${columnLetter(col)} (${COLUMNS[col - 1].header})`;
  if (sheet.rowCount > MAX_ROWS) return { items: [], errors: ["Tệp có quá nhiều dòng (tối đa 5.000)"] };
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= 2) return;
    const text = (col: number) => cellText(row.getCell(col).value).normalize("NFC").trim();
    const code = text(1);
    const rawValue = row.getCell(5).value;
    const valueText = text(5);
    if (!code && !valueText) return;
    if (!code) {
      errors.push(`${where(rowNumber, 1)}: thiếu mã chỉ tiêu`);
      return;
    }
    if (valueText === "") return; // left empty: nothing to store for this row
    // the template writes the period's label ("Tháng 10", "Cả năm"); a code (T10, N) of an older template is read too
    const period = periodFromText(text(4));
    if (!period) {
      errors.push(`${where(rowNumber, 4)}: kỳ "${text(4)}" không hợp lệ (ví dụ: Tháng 10, Quý III, 6 tháng, Cả năm)`);
      return;
    }
    const figure = cellFigure(rawValue);
    if (figure === "formula") {
      errors.push(
        `${where(rowNumber, 5)}: ô ${columnLetter(5)}${rowNumber} là công thức chưa có kết quả; hãy mở tệp bằng Excel, lưu lại rồi tải lên, hoặc nhập số thay cho công thức`,
      );
      return;
    }
    if (figure === "error") {
      errors.push(`${where(rowNumber, 5)}: ô ${columnLetter(5)}${rowNumber} là công thức báo lỗi; hãy nhập số`);
      return;
    }
    const parsed = parseNumberInput(figure ?? valueText);
    if (!parsed.ok) {
      errors.push(`${where(rowNumber, 5)}: ${parsed.error}`);
      return;
    }
    const status = STATUS_OF.get(text(6).toLowerCase() || "ước");
    if (!status) {
      errors.push(`${where(rowNumber, 6)}: tình trạng "${text(6)}" không hợp lệ (ước, sơ bộ hoặc chính thức)`);
      return;
    }
    const note = text(7);
    if (note.length > NOTE_MAX) {
      errors.push(`${where(rowNumber, 7)}: ghi chú dài quá ${NOTE_MAX} ký tự`);
      return;
    }
    const versionText = text(8);
    const version = versionText === "" ? undefined : Number(versionText);
    if (version !== undefined && (!Number.isInteger(version) || version < 0)) {
      errors.push(`${where(rowNumber, 8)}: phiên bản không hợp lệ`);
      return;
    }
    items.push({
      indicator: code,
      period,
      value: parsed.scaled,
      status,
      note: note.replace(/^'(?=[=+\-@])/, "") || undefined,
      version,
      percent: parsed.percent,
      row: rowNumber,
    });
  });
  return { items, errors };
}
