import "server-only";
import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { runCommand } from "@/lib/commands/command";
import { importMonthValuesCommand } from "@/lib/entry/commands";
import type { Conflict, StoredItem } from "@/lib/entry/save-values";
import { ConflictError, DomainError } from "@/lib/errors";
import { formatViNumber } from "@/lib/numbers";
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
    if (error instanceof ConflictError && error.conflicts.length > 0) {
      const errors = (error.conflicts as Conflict[]).map((c) => {
        const stored = c.currentValue === null ? "trống" : formatViNumber(c.currentValue, 4);
        const at = `Trang "${SHEET_NAME}", dòng ${parsed.items[c.index].row}`;
        return c.sentVersion === null
          ? `${at}: cột Phiên bản để trống nhưng chỉ tiêu "${c.indicator}" đã có giá trị ${stored} (phiên bản ${c.currentVersion}); hãy tải mẫu mới hoặc ghi phiên bản ${c.currentVersion}`
          : `${at}: chỉ tiêu "${c.indicator}" đã được lưu lại là ${stored} (phiên bản ${c.currentVersion}) sau khi tải mẫu; hãy tải mẫu mới`;
      });
      return { ok: false, status: 409, errors };
    }
    const errors = Object.entries(error.fieldErrors ?? {}).map(([field, message]) => {
      const index = Number(/^values\.(\d+)\./.exec(field)?.[1]);
      return Number.isInteger(index) ? `Trang "${SHEET_NAME}", dòng ${parsed.items[index].row}: ${message}` : message;
    });
    return { ok: false, status: error.status, errors: errors.length ? errors : [error.message] };
  }
}
