import "server-only";
import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { runCommand } from "@/lib/commands/command";
import { importMonthValuesCommand } from "@/lib/entry/commands";
import type { StoredItem } from "@/lib/entry/save-values";
import { DomainError } from "@/lib/errors";
import type { SubmissionRef } from "@/lib/validation/common";
import { SHEET_NAME, parseEntryUpload } from "./entry-template";

export type ImportResult = { ok: true; stored: StoredItem[] } | { ok: false; status: number; errors: string[] };

/** Validates an uploaded workbook row by row, then applies it all-or-nothing (importMonthValuesCommand); a refusal names the rows. */
export async function importEntries(user: CurrentUser, month: SubmissionRef, data: ArrayBuffer): Promise<ImportResult> {
  const parsed = await parseEntryUpload(data);
  if (parsed.errors.length > 0) return { ok: false, status: 422, errors: parsed.errors };
  if (parsed.items.length === 0) return { ok: false, status: 422, errors: ["Tệp không có số liệu nào để nhập"] };
  try {
    const stored = runCommand(getDb(), importMonthValuesCommand, user, {
      ...month,
      values: parsed.items.map(({ row: _row, ...item }) => item),
    });
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
