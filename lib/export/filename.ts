import type { PeriodCode } from "@/lib/periods";
import { searchKey } from "@/lib/text/search";
import { summaryTitle } from "./summary-columns";

/** Where an exported báo cáo comes from: a saved version of the editor, or the data alone. */
export type ExportOrigin = { kind: "version"; number: number } | { kind: "generated" };

/** How the origin is written in the file name and on the buttons: "phiên bản 3", "bản tạo từ số liệu". */
export function exportOriginLabel(origin: ExportOrigin): string {
  return origin.kind === "version" ? `phiên bản ${origin.number}` : "bản tạo từ số liệu";
}

/**
 * The downloaded file's name, saying which draft it holds so that two downloads of a period
 * never share a name: "Báo cáo tình hình … 6 tháng đầu năm 2023 - phiên bản 3.docx" for a saved
 * version, "… (bản tạo từ số liệu).docx" for the draft generated from the data. The biểu tổng
 * hợp (.xlsx) of a saved version is the one stored with it and is named so; generated from the
 * data it is the summary page's table, under its title alone.
 */
export function reportFileName(input: {
  year: number;
  period: PeriodCode;
  subject: string;
  format: "docx" | "xlsx";
  origin: ExportOrigin;
}): string {
  const stem = input.format === "docx" ? `Báo cáo ${input.subject}` : summaryTitle(input.year, input.period);
  if (input.origin.kind === "version") return `${stem} - ${exportOriginLabel(input.origin)}.${input.format}`;
  return input.format === "docx" ? `${stem} (${exportOriginLabel(input.origin)}).docx` : `${stem}.xlsx`;
}

/**
 * `Content-Disposition: attachment` for a Vietnamese file name: an ASCII fallback without
 * diacritics for old clients and the exact name as RFC 5987 `filename*` (UTF-8, percent-encoded).
 */
export function attachmentDisposition(filename: string): string {
  const dot = filename.lastIndexOf(".");
  const stem = dot > 0 ? filename.slice(0, dot) : filename;
  const ext = dot > 0 ? filename.slice(dot) : "";
  const ascii =
    searchKey(stem)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "tai-lieu";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}${ext.replace(/[^.A-Za-z0-9]/g, "")}"; filename*=UTF-8''${encoded}`;
}

export const EXPORT_MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
