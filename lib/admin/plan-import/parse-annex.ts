import ExcelJS from "exceljs";
import { cellText, columnLetter } from "@/lib/excel/cells";
import { checkWorkbookUpload, WORKBOOK_LIMITS } from "@/lib/excel/upload-check";
import { searchKey } from "@/lib/text/search";

export const MAX_ANNEX_BYTES = WORKBOOK_LIMITS.maxBytes;
const MAX_ROWS = 3000;

/** The columns of an HĐND resolution annex, found by their header text (without diacritics). */
export const ANNEX_COLUMNS = {
  stt: { header: "STT", match: (k: string) => k === "stt" || k === "tt" || k === "so tt" },
  name: { header: "Chỉ tiêu", match: (k: string) => k === "chi tieu" || k === "ten chi tieu" || k === "noi dung" },
  unit: { header: "ĐVT", match: (k: string) => k === "dvt" || k === "don vi tinh" || k === "don vi" },
  plan: {
    header: "Kế hoạch",
    match: (k: string) => k.startsWith("ke hoach") || k.startsWith("chi tieu ke hoach") || k.startsWith("muc tieu"),
  },
  department: { header: "Đơn vị chủ trì", match: (k: string) => k.includes("chu tri") },
  code: { header: "Mã chỉ tiêu", match: (k: string) => k === "ma chi tieu" || k === "ma" },
  source: { header: "Nguồn", match: (k: string) => k.startsWith("nguon") },
  kind: { header: "Loại", match: (k: string) => k.startsWith("loai") },
} as const;

export type AnnexColumn = keyof typeof ANNEX_COLUMNS;
const REQUIRED: AnnexColumn[] = ["stt", "name", "unit", "plan", "department"];

/** One line of the annex as typed; `cells` keeps the column letter of each field for messages. */
export interface AnnexRow {
  row: number;
  stt: string;
  name: string;
  unit: string;
  plan: string;
  department: string;
  code: string;
  source: string;
  kind: string;
}

export interface ParsedAnnex {
  sheet: string;
  columns: Partial<Record<AnnexColumn, string>>;
  rows: AnnexRow[];
  errors: string[];
}

function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Partial<Record<AnnexColumn, number>> } | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r += 1) {
    const columns: Partial<Record<AnnexColumn, number>> = {};
    sheet.getRow(r).eachCell((cell, col) => {
      const key = searchKey(cellText(cell.value))
        .replace(/[.:()]/g, "")
        .trim();
      for (const [name, def] of Object.entries(ANNEX_COLUMNS) as [AnnexColumn, (typeof ANNEX_COLUMNS)[AnnexColumn]][]) {
        if (columns[name] === undefined && def.match(key)) {
          columns[name] = col;
          break;
        }
      }
    });
    if (columns.name !== undefined && columns.unit !== undefined) return { row: r, columns };
  }
  return null;
}

/** Reads an annex workbook: the first sheet with a header row (STT, Chỉ tiêu, ĐVT, Kế hoạch, Đơn vị chủ trì). */
export async function parseAnnex(data: ArrayBuffer | Buffer): Promise<ParsedAnnex> {
  const empty = (error: string): ParsedAnnex => ({ sheet: "", columns: {}, rows: [], errors: [error] });
  const check = await checkWorkbookUpload(data, { ...WORKBOOK_LIMITS, maxRows: MAX_ROWS });
  if (!check.ok) return empty(check.error);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch {
    return empty("Tệp không phải là bảng tính Excel (.xlsx) hợp lệ");
  }
  for (const sheet of workbook.worksheets) {
    const header = findHeader(sheet);
    if (!header) continue;
    const missing = REQUIRED.filter((c) => header.columns[c] === undefined);
    if (missing.length > 0) {
      return {
        ...empty(
          `Trang "${sheet.name}", dòng ${header.row}: thiếu cột ${missing.map((c) => `"${ANNEX_COLUMNS[c].header}"`).join(", ")}`,
        ),
        sheet: sheet.name,
      };
    }
    if (sheet.rowCount > MAX_ROWS)
      return { ...empty(`Trang "${sheet.name}" có quá nhiều dòng (tối đa ${MAX_ROWS})`), sheet: sheet.name };
    const rows: AnnexRow[] = [];
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber <= header.row) return;
      const text = (c: AnnexColumn) => {
        const col = header.columns[c];
        return col === undefined ? "" : cellText(row.getCell(col).value).normalize("NFC").replace(/\s+/g, " ").trim();
      };
      const line: AnnexRow = {
        row: rowNumber,
        stt: text("stt"),
        name: text("name"),
        unit: text("unit"),
        plan: text("plan"),
        department: text("department"),
        code: text("code"),
        source: text("source"),
        kind: text("kind"),
      };
      if (Object.entries(line).some(([k, v]) => k !== "row" && v !== "")) rows.push(line);
    });
    const columns = Object.fromEntries(
      Object.entries(header.columns).map(([k, col]) => [k, columnLetter(col!)]),
    ) as Partial<Record<AnnexColumn, string>>;
    return {
      sheet: sheet.name,
      columns,
      rows,
      errors: rows.length === 0 ? [`Trang "${sheet.name}" không có dòng chỉ tiêu nào`] : [],
    };
  }
  return empty('Không tìm thấy dòng tiêu đề có các cột "STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Đơn vị chủ trì"');
}

/** Writes an annex workbook (for tests and as a downloadable sample). */
export async function buildAnnex(
  rows: Omit<AnnexRow, "row">[],
  options: { withCode?: boolean; title?: string } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  sheet.getCell(1, 1).value = options.title ?? "PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI";
  const headers = [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch",
    "Đơn vị chủ trì",
    ...(options.withCode === false ? [] : ["Mã chỉ tiêu", "Nguồn"]),
  ];
  sheet.getRow(3).values = headers;
  sheet.getRow(3).font = { bold: true };
  rows.forEach((r, i) => {
    sheet.getRow(4 + i).values = [
      r.stt,
      r.name,
      r.unit,
      r.plan,
      r.department,
      ...(options.withCode === false ? [] : [r.code, r.source]),
    ];
  });
  sheet.getColumn(2).width = 60;
  sheet.getColumn(4).numFmt = "@";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
