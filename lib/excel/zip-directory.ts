/**
 * The central directory of a zip archive (an .xlsx is one): what each entry claims to be,
 * read from the end of the file without decompressing anything. Layout: PKWARE APPNOTE.TXT
 * §4.3.12 (central directory header) and §4.3.16 (end of central directory record).
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** where the entry's local header starts */
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** a field at its maximum means the real value is in a ZIP64 record */
const ZIP64_MARK = 0xffffffff;

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: "not-zip" | "zip64" };

/** Reads the entries of the central directory; a file that is not a zip, or a ZIP64 one (never an upload's size), is refused. */
export function readZipDirectory(data: Uint8Array): ZipDirectory {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let at = data.byteLength - EOCD_SIZE; at >= Math.max(0, data.byteLength - EOCD_SIZE - MAX_COMMENT); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "not-zip" };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === ZIP64_MARK || offset === ZIP64_MARK) return { ok: false, reason: "zip64" };
  if (offset + size > eocd) return { ok: false, reason: "not-zip" };
  const entries: ZipEntry[] = [];
  let at = offset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: "not-zip" };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)),
    };
    if (
      entry.compressedSize === ZIP64_MARK ||
      entry.uncompressedSize === ZIP64_MARK ||
      entry.localHeaderOffset === ZIP64_MARK
    )
      return { ok: false, reason: "zip64" };
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The compressed bytes of an entry (after its local header), or null when the local header is not where the directory says. */
export function entryData(data: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > data.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.byteLength) return null;
  return data.subarray(start, start + entry.compressedSize);
}
