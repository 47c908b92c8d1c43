/**
 * SQLite refusing to write because of the machine, not the request: the disk is full
 * (SQLITE_FULL), the file or its directory is read-only (SQLITE_READONLY*, SQLITE_CANTOPEN),
 * an I/O error (SQLITE_IOERR*), or the database stayed locked past the busy timeout.
 * The transaction is rolled back by SQLite; the user gets a clear message and may retry.
 */
export const STORAGE_UNAVAILABLE =
  "Máy chủ tạm thời không ghi được dữ liệu (ổ đĩa đầy hoặc chỉ cho phép đọc). Thay đổi chưa được lưu; vui lòng thử lại sau ít phút hoặc báo quản trị hệ thống.";
export const STORAGE_BUSY = "Hệ thống đang bận ghi dữ liệu khác. Thay đổi chưa được lưu; vui lòng thử lại.";

const UNAVAILABLE = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB)/;

export function storageErrorOf(error: unknown): { status: 503; message: string; code: string } | null {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (UNAVAILABLE.test(code)) return { status: 503, message: STORAGE_UNAVAILABLE, code };
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    return { status: 503, message: STORAGE_BUSY, code };
  return null;
}
