"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import { guardedMutation } from "@/lib/actions/guard";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/scope";
import { applyImport } from "../plan-import/apply";
import { MAX_ANNEX_BYTES, parseAnnex, type ParsedAnnex } from "../plan-import/parse-annex";
import { previewImport, type ImportPreview } from "../plan-import/preview";
import { PLAN_EDITOR_ROLES, requirePlanEditor } from "../permissions";
import { requireEditablePlanYear } from "../plan-years";

const yearSchema = z.coerce.number().int().min(2000).max(2100);

type Refusal = { ok: false; status: number; error: string };

/**
 * Who may import into the year asked for, before the upload is read (an unauthorised caller's
 * file is never parsed): signed in, a plan editor, and for planners a year opened to them.
 */
async function authorizeImport(form: unknown): Promise<Refusal | null> {
  const user = await currentUser();
  if (!user) return { ok: false, status: 401, error: "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại" };
  if (!hasRole(user, PLAN_EDITOR_ROLES)) return { ok: false, status: 403, error: "Không có quyền thực hiện thao tác này" };
  if (!(form instanceof FormData)) return { ok: false, status: 422, error: "Chọn tệp Excel (.xlsx) phụ lục nghị quyết" };
  const year = yearSchema.safeParse(form.get("year"));
  if (!year.success) return { ok: false, status: 422, error: "Chọn năm kế hoạch" };
  try {
    getDb().transaction((tx) => requirePlanEditor(tx, user, year.data));
    return null;
  } catch (error) {
    const e = error as { status?: number; message?: string };
    return { ok: false, status: e.status ?? 500, error: e.message ?? "Lỗi hệ thống" };
  }
}

async function readUpload(form: FormData): Promise<{ ok: true; year: number; name: string; annex: ParsedAnnex } | { ok: false; status: number; error: string }> {
  const year = yearSchema.safeParse(form.get("year"));
  if (!year.success) return { ok: false, status: 422, error: "Chọn năm kế hoạch" };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, status: 422, error: "Chọn tệp Excel (.xlsx) phụ lục nghị quyết" };
  if (file.size > MAX_ANNEX_BYTES) return { ok: false, status: 413, error: "Tệp quá lớn (tối đa 5 MB)" };
  return { ok: true, year: year.data, name: file.name, annex: await parseAnnex(await file.arrayBuffer()) };
}

/** Reads the uploaded annex and says what importing it would do; writes nothing. */
export async function previewPlanImportAction(form: FormData): Promise<ActionResult<ImportPreview>> {
  const refused = await authorizeImport(form);
  if (refused) return refused;
  const user = (await currentUser())!;
  const upload = await readUpload(form);
  if (!upload.ok) return upload;
  if (upload.annex.errors.length > 0 && upload.annex.rows.length === 0) return { ok: false, status: 422, error: upload.annex.errors[0] };
  try {
    const preview = getDb().transaction((tx) => {
      requirePlanEditor(tx, user, upload.year);
      requireEditablePlanYear(tx, upload.year);
      return previewImport(tx, upload.year, upload.annex.columns, upload.annex.rows);
    });
    return { ok: true, data: preview };
  } catch (error) {
    const e = error as { status?: number; message?: string };
    return { ok: false, status: e.status ?? 500, error: e.message ?? "Lỗi hệ thống" };
  }
}

const applySchema = z.object({
  year: yearSchema,
  fingerprint: z.string().min(1).max(64),
  fileName: z.string().max(300),
  columns: z.record(z.string(), z.string()),
  rows: z.array(z.object({ row: z.number(), stt: z.string(), name: z.string(), unit: z.string(), plan: z.string(), department: z.string(), code: z.string(), source: z.string(), kind: z.string() })),
});

const apply = guardedMutation({ roles: PLAN_EDITOR_ROLES, schema: applySchema }, ({ user, input, tx }) => applyImport(tx, user, input));

/** Applies the import the person confirmed: the same file is read again and must give the same preview. */
export async function applyPlanImportAction(form: FormData) {
  const refused = await authorizeImport(form);
  if (refused) return refused;
  const upload = await readUpload(form);
  if (!upload.ok) return upload;
  const result = await apply({ year: upload.year, fingerprint: String(form.get("fingerprint") ?? ""), fileName: upload.name, columns: upload.annex.columns, rows: upload.annex.rows });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
