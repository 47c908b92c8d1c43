import ExcelJS from "exceljs";
import type { CountingMode } from "@/db/schema/vocabulary";
import { safeCellText } from "@/lib/excel/cells";
import { periodLabel, type PeriodCode } from "@/lib/periods";
import { RISK_LIST_LIMIT, type DashboardListRow } from "@/lib/reports/dashboard-list";
import { PACE_LABELS } from "@/lib/reports/pace-labels";
import { PACE_STATUSES, type PaceStatus } from "@/lib/rollup/pace";
import { COUNTING_LABELS } from "@/lib/vocabulary/labels";

export const DASHBOARD_SHEET = "Bảng điều hành";
/** the list's header row: the title, the filters and the status counts are above it */
export const DASHBOARD_HEADERS = ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Tình trạng", "Nhận xét"] as const;

/** What the dashboard shows for its filters (app/(app)/dashboard/page.tsx), as the export writes it. */
export interface DashboardExport {
  year: number;
  period: PeriodCode;
  counting: CountingMode;
  /** the filters as the page's choosers name them; null: all */
  section: string | null;
  department: string | null;
  status: PaceStatus | null;
  total: number;
  counts: Record<PaceStatus, number>;
  list: DashboardListRow[];
  more: number;
}

export function dashboardTitle(year: number, period: PeriodCode): string {
  return `Bảng điều hành - tình hình thực hiện ${periodLabel(period, year)}`;
}

/** The file's name: the title, and the status when the list was filtered by one. */
export function dashboardFileName(input: Pick<DashboardExport, "year" | "period" | "status">): string {
  const status = input.status ? ` - ${PACE_LABELS[input.status]}` : "";
  return `${dashboardTitle(input.year, input.period)}${status}.xlsx`;
}

/** The list's heading on the page and in the file. */
export function dashboardListHeading(status: PaceStatus | null): string {
  return status ? `Chỉ tiêu: ${PACE_LABELS[status]}` : "Chỉ tiêu cần chú ý";
}

/**
 * The dashboard as a workbook: its title and period, the filters, the status counts, then the
 * list the page shows (the same rows in the same order, with their status and its reason).
 * Printable on A4 portrait, the list's header repeated on every page.
 */
export async function buildDashboardXlsx(input: DashboardExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = dashboardTitle(input.year, input.period);
  const sheet = workbook.addWorksheet(DASHBOARD_SHEET, {
    pageSetup: {
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "Trang &P/&N" },
  });
  sheet.columns = [6, 16, 48, 14, 20, 50].map((width) => ({ width }));
  const wide = (text: string, options: Partial<ExcelJS.Font> = {}) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, DASHBOARD_HEADERS.length);
    row.getCell(1).font = { name: "Times New Roman", size: 12, ...options };
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    return row;
  };
  wide(dashboardTitle(input.year, input.period).toUpperCase(), { bold: true, size: 14 });
  wide(
    [
      `Số liệu được tính: ${COUNTING_LABELS[input.counting]}`,
      `Lĩnh vực: ${safeCellText(input.section ?? "Tất cả")}`,
      `Đơn vị: ${safeCellText(input.department ?? "Tất cả")}`,
      `Tình trạng: ${input.status ? PACE_LABELS[input.status] : "Cần chú ý (mặc định)"}`,
    ].join("; "),
  );
  wide(
    `Tiến độ ${input.total} chỉ tiêu: ${PACE_STATUSES.filter((s) => input.counts[s] > 0)
      .map((s) => `${PACE_LABELS[s]} ${input.counts[s]}`)
      .join("; ")}`,
  );
  sheet.addRow([]);
  wide(dashboardListHeading(input.status), { bold: true });
  const header = sheet.addRow([...DASHBOARD_HEADERS]);
  header.font = { name: "Times New Roman", size: 12, bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  input.list.forEach((line, i) => {
    const row = sheet.addRow([
      i + 1,
      line.code,
      safeCellText(line.name),
      safeCellText(line.unit),
      PACE_LABELS[line.status],
      safeCellText(line.reason),
    ]);
    row.font = { name: "Times New Roman", size: 12 };
    row.alignment = { vertical: "top", wrapText: true };
  });
  if (input.list.length === 0) wide("Không có chỉ tiêu nào.", { italic: true });
  if (input.more > 0)
    wide(`Còn ${input.more} chỉ tiêu khác cần chú ý (danh sách chỉ liệt kê ${RISK_LIST_LIMIT}): xem biểu tổng hợp.`, {
      italic: true,
    });
  for (let r = header.number; r <= header.number + input.list.length; r++)
    for (let c = 1; c <= DASHBOARD_HEADERS.length; c++)
      sheet.getCell(r, c).border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
