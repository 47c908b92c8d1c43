import { Readable } from "node:stream";
import zlib from "node:zlib";
import { formatViNumber } from "@/lib/numbers";
import { entryData, readZipDirectory, type ZipEntry } from "./zip-directory";

/**
 * Limits of an uploaded workbook, checked before exceljs reads it (issue 15, defect 3): a
 * 5 MB file of a million rows, or a small one that expands to 100 MB, held a server worker
 * for seconds. The central directory gives each part's sizes without decompressing; the parts
 * are then inflated off the main thread with the declared size as a hard cap (a directory that
 * lies is caught), and the rows of each sheet counted on the XML before any parsing.
 */
export interface UploadLimits {
  maxBytes: number;
  /** sum of the parts' uncompressed sizes */
  maxUncompressedBytes: number;
  /** uncompressed / compressed size of a part, for parts above RATIO_FLOOR */
  maxRatio: number;
  maxEntries: number;
  maxSheets: number;
  /** row elements of any one sheet */
  maxRows: number;
}

export const WORKBOOK_LIMITS = {
  maxBytes: 5_000_000,
  // a 5,000-row template with short notes is about 2 MB of XML (a real month: a few hundred KB); exceljs reads 10 MB in about a second
  maxUncompressedBytes: 10_000_000,
  maxRatio: 200,
  maxEntries: 200,
  maxSheets: 20,
} as const satisfies Omit<UploadLimits, "maxRows">;

/** Below this a part's compression ratio is not looked at (a short, repetitive XML part compresses very well). */
const RATIO_FLOOR = 1_000_000;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** a row element's start tag, with or without a namespace prefix */
const ROW = /<(?:[A-Za-z_][\w.-]{0,15}:)?row[\s>/]/;
const ROW_TAG_MAX = 24;

export type UploadCheck = { ok: true } | { ok: false; error: string };

const INVALID = "Tệp không phải là bảng tính Excel (.xlsx) hợp lệ";
const RESAVE = "hãy mở tệp bằng Excel, lưu lại rồi tải lên";
const mb = (bytes: number) => formatViNumber(Math.ceil(bytes / 100_000) / 10, 1);

/** Refuses an upload that breaks a limit, with a Vietnamese message; reads nothing but the archive's structure and sheet XML. */
export async function checkWorkbookUpload(data: ArrayBuffer | Uint8Array, limits: UploadLimits): Promise<UploadCheck> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > limits.maxBytes) return { ok: false, error: `Tệp quá lớn (tối đa ${mb(limits.maxBytes)} MB)` };
  const directory = readZipDirectory(bytes);
  if (!directory.ok)
    return directory.reason === "zip64"
      ? { ok: false, error: "Tệp giải nén ra quá lớn (định dạng ZIP64)" }
      : { ok: false, error: INVALID };
  const { entries } = directory;
  if (entries.length > limits.maxEntries)
    return {
      ok: false,
      error: `Tệp có quá nhiều thành phần (${entries.length}, tối đa ${limits.maxEntries}); ${RESAVE}`,
    };
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes)
    return {
      ok: false,
      error: `Tệp giải nén ra quá lớn (${mb(total)} MB, tối đa ${mb(limits.maxUncompressedBytes)} MB); hãy xóa các trang, dòng thừa rồi tải lên lại`,
    };
  const packed = entries.find(
    (e) => e.uncompressedSize > RATIO_FLOOR && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize),
  );
  if (packed)
    return {
      ok: false,
      error: `Tệp nén bất thường (phần "${packed.name}" nén hơn ${limits.maxRatio} lần); ${RESAVE}`,
    };
  const sheets = entries.filter((e) => SHEET.test(e.name));
  if (sheets.length > limits.maxSheets)
    return {
      ok: false,
      error: `Tệp có quá nhiều trang (${sheets.length}, tối đa ${limits.maxSheets})`,
    };
  for (const entry of entries) {
    const packed = entryData(bytes, entry);
    const scan =
      packed === null ? null : await scanEntry(packed, entry, SHEET.test(entry.name) ? limits.maxRows : null);
    if (scan === null) return { ok: false, error: `${INVALID} (phần "${entry.name}" hỏng)` };
    if (scan === "too-large")
      return { ok: false, error: `Tệp nén bất thường (phần "${entry.name}" lớn hơn kích thước khai báo)` };
    if (scan === "too-many-rows")
      return { ok: false, error: `Tệp có quá nhiều dòng (tối đa ${formatViNumber(limits.maxRows, 0)} dòng mỗi trang)` };
  }
  return { ok: true };
}

/**
 * Inflates an entry chunk by chunk off the main thread, never past its declared size
 * ("too-large"), counting a sheet's row elements as it goes and stopping at row `maxRows` + 1
 * ("too-many-rows"); null when the entry cannot be read.
 */
async function scanEntry(
  packed: Uint8Array,
  entry: ZipEntry,
  maxRows: number | null,
): Promise<"ok" | "too-large" | "too-many-rows" | null> {
  if (entry.method !== 0 && entry.method !== 8) return null;
  if (entry.method === 0 && packed.byteLength !== entry.uncompressedSize) return null;
  const source = Readable.from([Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength)]);
  const stream = entry.method === 8 ? source.pipe(zlib.createInflateRaw()) : source;
  let size = 0;
  let rows = 0;
  let carry = "";
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.uncompressedSize) return "too-large";
      if (maxRows === null) continue;
      // a row tag may straddle two chunks: the unread tail of one is scanned with the next
      const text = carry + chunk.toString("latin1");
      const row = new RegExp(ROW.source, "g");
      let consumed = 0;
      while (row.exec(text) !== null) {
        rows += 1;
        consumed = row.lastIndex;
        if (rows > maxRows) return "too-many-rows";
      }
      carry = text.slice(Math.max(consumed, text.length - ROW_TAG_MAX));
    }
    return "ok";
  } catch {
    return null;
  } finally {
    source.destroy();
    stream.destroy();
  }
}
