"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { actionFailure, actionUser } from "@/lib/commands/action";
import { yearInputSchema } from "@/lib/validation/common";
import type { ParsedAnnex } from "../plan-import/parse-annex";
import type { ImportPreview } from "../plan-import/preview";
import {
  NO_ANNEX,
  applyPlanImport,
  authorizePlanImport,
  previewPlanImport,
  readAnnexUpload,
} from "../plan-import/upload";

type Refusal = { ok: false; status: number; error: string };

/**
 * The /admin/import page's two steps (lib/admin/plan-import/upload.ts, shared with the API):
 * who may import into the year asked for is checked before the upload is read.
 */
async function authorizedUpload(
  form: unknown,
): Promise<{ ok: true; user: CurrentUser; year: number; name: string; annex: ParsedAnnex } | Refusal> {
  const auth = await actionUser("plan.edit");
  if (!auth.ok) return auth;
  if (!(form instanceof FormData)) return { ok: false, status: 422, error: NO_ANNEX };
  const year = yearInputSchema.safeParse(form.get("year"));
  if (!year.success) return { ok: false, status: 422, error: "Chọn năm kế hoạch" };
  try {
    authorizePlanImport(auth.user, year.data);
    const file = form.get("file");
    const upload = file instanceof File ? file : null;
    const annex = await readAnnexUpload(upload ? await upload.arrayBuffer() : null);
    return { ok: true, user: auth.user, year: year.data, name: upload?.name ?? "", annex };
  } catch (error) {
    return actionFailure(error, auth.user);
  }
}

/** Reads the uploaded annex and says what importing it would do; writes nothing. */
export async function previewPlanImportAction(form: FormData): Promise<ActionResult<ImportPreview>> {
  const upload = await authorizedUpload(form);
  if (!upload.ok) return upload;
  try {
    return { ok: true, data: previewPlanImport(upload.user, upload.year, upload.annex) };
  } catch (error) {
    return actionFailure(error, upload.user);
  }
}

/** Applies the import the person confirmed: the same file is read again and must give the same preview. */
export async function applyPlanImportAction(form: FormData) {
  const upload = await authorizedUpload(form);
  if (!upload.ok) return upload;
  try {
    const data = applyPlanImport(upload.user, {
      year: upload.year,
      fingerprint: String(form.get("fingerprint") ?? ""),
      fileName: upload.name,
      annex: upload.annex,
    });
    revalidatePath("/", "layout");
    return { ok: true as const, data };
  } catch (error) {
    return actionFailure(error, upload.user);
  }
}
