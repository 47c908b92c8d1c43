"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { actionFailure, actionUser, runAction } from "@/lib/commands/action";
import { yearInputSchema } from "@/lib/validation/common";
import { applyPlanImportCommand } from "../commands";
import { MAX_ANNEX_BYTES, parseAnnex, type ParsedAnnex } from "../plan-import/parse-annex";
import { previewImport, type ImportPreview } from "../plan-import/preview";
import { requirePlanEditor } from "../plan-editor";
import { requireEditablePlanYear } from "../plan-years";

type Refusal = { ok: false; status: number; error: string };

const formYear = (form: FormData) => yearInputSchema.safeParse(form.get("year"));

/**
 * Who may import into the year asked for, before the upload is read (an unauthorised caller's
 * file is never parsed): signed in, holding "plan.edit", and for planners a year opened to them.
 */
async function authorizeImport(form: unknown): Promise<{ ok: true; user: CurrentUser } | Refusal> {
  const auth = await actionUser("plan.edit");
  if (!auth.ok) return auth;
  if (!(form instanceof FormData))
    return { ok: false, status: 422, error: "Chọn tệp Excel (.xlsx) phụ lục nghị quyết" };
  const year = formYear(form);
  if (!year.success) return { ok: false, status: 422, error: "Chọn năm kế hoạch" };
  try {
    getDb().transaction((tx) => requirePlanEditor(tx, auth.user, year.data));
    return auth;
  } catch (error) {
    return actionFailure(error, auth.user);
  }
}

async function readUpload(
  form: FormData,
): Promise<{ ok: true; year: number; name: string; annex: ParsedAnnex } | Refusal> {
  const year = formYear(form);
  if (!year.success) return { ok: false, status: 422, error: "Chọn năm kế hoạch" };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { ok: false, status: 422, error: "Chọn tệp Excel (.xlsx) phụ lục nghị quyết" };
  if (file.size > MAX_ANNEX_BYTES) return { ok: false, status: 413, error: "Tệp quá lớn (tối đa 5 MB)" };
  return { ok: true, year: year.data, name: file.name, annex: await parseAnnex(await file.arrayBuffer()) };
}

/** Reads the uploaded annex and says what importing it would do; writes nothing. */
export async function previewPlanImportAction(form: FormData): Promise<ActionResult<ImportPreview>> {
  const auth = await authorizeImport(form);
  if (!auth.ok) return auth;
  const upload = await readUpload(form);
  if (!upload.ok) return upload;
  if (upload.annex.errors.length > 0 && upload.annex.rows.length === 0)
    return { ok: false, status: 422, error: upload.annex.errors[0] };
  try {
    const preview = getDb().transaction((tx) => {
      requirePlanEditor(tx, auth.user, upload.year);
      requireEditablePlanYear(tx, upload.year);
      return previewImport(tx, upload.year, upload.annex.columns, upload.annex.rows);
    });
    return { ok: true, data: preview };
  } catch (error) {
    return actionFailure(error, auth.user);
  }
}

/** Applies the import the person confirmed: the same file is read again and must give the same preview. */
export async function applyPlanImportAction(form: FormData) {
  const auth = await authorizeImport(form);
  if (!auth.ok) return auth;
  const upload = await readUpload(form);
  if (!upload.ok) return upload;
  const result = await runAction(applyPlanImportCommand, {
    year: upload.year,
    fingerprint: String(form.get("fingerprint") ?? ""),
    fileName: upload.name,
    columns: upload.annex.columns,
    rows: upload.annex.rows,
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
