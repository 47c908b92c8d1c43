import "server-only";
import { getDb } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { DomainError } from "@/lib/errors";
import { saveValues, type StoredItem, type SubmissionKey } from "@/lib/entry/save-values";
import { SHEET_NAME, parseEntryUpload } from "./entry-template";

export type ImportResult = { ok: true; stored: StoredItem[] } | { ok: false; status: number; errors: string[] };

/** Validates an uploaded workbook row by row, then applies it all-or-nothing through saveValues. */
export async function importEntries(userId: number, key: SubmissionKey, data: ArrayBuffer): Promise<ImportResult> {
  const parsed = await parseEntryUpload(data);
  if (parsed.errors.length > 0) return { ok: false, status: 422, errors: parsed.errors };
  if (parsed.items.length === 0) return { ok: false, status: 422, errors: ["Tệp không có số liệu nào để nhập"] };
  try {
    const stored = writeTransaction(getDb(), (tx) =>
      saveValues(tx, userId, key, { values: parsed.items.map(({ row: _row, ...item }) => item) }, "Nhập từ tệp Excel"),
    );
    return { ok: true, stored };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const errors = Object.entries(error.fieldErrors ?? {}).map(([field, message]) => {
      const index = Number(/^values\.(\d+)\./.exec(field)?.[1]);
      return Number.isInteger(index) ? `Trang "${SHEET_NAME}", dòng ${parsed.items[index].row}: ${message}` : message;
    });
    return { ok: false, status: error.status, errors: errors.length ? errors : [error.message] };
  }
}
