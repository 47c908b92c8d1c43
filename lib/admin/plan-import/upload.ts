import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { runCommand } from "@/lib/commands/command";
import { DomainError } from "@/lib/errors";
import { applyPlanImportCommand } from "../commands";
import { requirePlanEditor } from "../plan-editor";
import { requireEditablePlanYear } from "../plan-years";
import { MAX_ANNEX_BYTES, parseAnnex, type ParsedAnnex } from "./parse-annex";
import { previewImport, type ImportPreview } from "./preview";

/**
 * The HĐND annex import in two steps, the same for the /admin/import page (its server actions)
 * and the API (POST /api/v1/plans/{year}/import/preview, then …/import): the preview says what
 * importing the file would do and gives its fingerprint; the import reads the same file again
 * and applies it only when it still gives that preview (someone may have changed the plan in
 * between: 409). Refusals are thrown as DomainError.
 */

export const NO_ANNEX = "Chọn tệp Excel (.xlsx) phụ lục nghị quyết";
export const ANNEX_TOO_LARGE = "Tệp quá lớn (tối đa 5 MB)";

/** Whether the user may import into the year, checked before the upload is read: an unauthorised caller's file is never parsed. */
export function authorizePlanImport(user: CurrentUser, year: number): void {
  getDb().transaction((tx) => requirePlanEditor(tx, user, year));
}

/** The uploaded annex read, or 422/413 when there is no file or it is over the limit. */
export async function readAnnexUpload(data: ArrayBuffer | null): Promise<ParsedAnnex> {
  if (!data || data.byteLength === 0) throw new DomainError(422, NO_ANNEX);
  if (data.byteLength > MAX_ANNEX_BYTES) throw new DomainError(413, ANNEX_TOO_LARGE);
  return parseAnnex(data);
}

/** What importing the annex into the year would do; writes nothing. A file with no readable row is refused with its first error. */
export function previewPlanImport(user: CurrentUser, year: number, annex: ParsedAnnex): ImportPreview {
  if (annex.errors.length > 0 && annex.rows.length === 0) throw new DomainError(422, annex.errors[0]);
  return getDb().transaction((tx) => {
    requirePlanEditor(tx, user, year);
    requireEditablePlanYear(tx, year);
    return previewImport(tx, year, annex.columns, annex.rows);
  });
}

/** Applies the annex the person previewed (the applyPlanImport command: the fingerprint must match, the change and its audit entry in one transaction). */
export function applyPlanImport(
  user: CurrentUser,
  input: { year: number; fingerprint: string; fileName: string; annex: ParsedAnnex },
): ReturnType<typeof applyPlanImportCommand.run> {
  return runCommand(getDb(), applyPlanImportCommand, user, {
    year: input.year,
    fingerprint: input.fingerprint,
    fileName: input.fileName,
    columns: input.annex.columns,
    rows: input.annex.rows,
  });
}
