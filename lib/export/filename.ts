import { searchKey } from "@/lib/text/search";

/**
 * `Content-Disposition: attachment` for a Vietnamese file name: an ASCII fallback without
 * diacritics for old clients and the exact name as RFC 5987 `filename*` (UTF-8, percent-encoded).
 */
export function attachmentDisposition(filename: string): string {
  const dot = filename.lastIndexOf(".");
  const stem = dot > 0 ? filename.slice(0, dot) : filename;
  const ext = dot > 0 ? filename.slice(dot) : "";
  const ascii = searchKey(stem).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "tai-lieu";
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}${ext.replace(/[^.A-Za-z0-9]/g, "")}"; filename*=UTF-8''${encoded}`;
}

export const EXPORT_MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
