import { errorResponse } from "@/lib/api/handler";
import type { PathParams } from "@/lib/api/path-params";
import {
  ANNEX_TOO_LARGE,
  applyPlanImport,
  authorizePlanImport,
  previewPlanImport,
  readAnnexUpload,
} from "@/lib/admin/plan-import/upload";
import { MAX_ANNEX_BYTES } from "@/lib/admin/plan-import/parse-annex";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { yearInputSchema } from "@/lib/validation/common";

/**
 * The HĐND plan annex import through the API, in the page's two steps (lib/admin/plan-import/upload.ts):
 * POST …/import/preview with the .xlsx says what importing it would do and gives its `fingerprint`;
 * POST …/import with the same file and that fingerprint applies it (409 when the plan changed
 * in between). The file is a multipart field `file` (with `fingerprint` beside it), or the raw
 * body with `?fingerprint=`. Who may import is checked before the file is read.
 */
type YearParams = PathParams<{ year: string }>;

interface Upload {
  data: ArrayBuffer | null;
  fileName: string;
  fingerprint: string;
}

async function readUpload(request: Request): Promise<Upload> {
  const fingerprint = new URL(request.url).searchParams.get("fingerprint") ?? "";
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    return { data: await request.arrayBuffer(), fileName: "", fingerprint };
  const form = await request.formData();
  const file = form.get("file");
  return {
    data: file instanceof File ? await file.arrayBuffer() : null,
    fileName: file instanceof File ? file.name : "",
    fingerprint: String(form.get("fingerprint") ?? fingerprint),
  };
}

/** The signed-in plan editor, the year and the upload, or the refusal (401, 403, 422, 413) in that order. */
async function authorizedUpload(request: Request, params: YearParams["params"]) {
  const auth = await requireApiUser(request, "plan.edit");
  if (!auth.ok) return auth;
  const year = yearInputSchema.safeParse((await params).year);
  if (!year.success) return { ok: false as const, response: jsonError(422, year.error.issues[0].message) };
  try {
    authorizePlanImport(auth.user, year.data);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_ANNEX_BYTES)
      return { ok: false as const, response: jsonError(413, ANNEX_TOO_LARGE) };
    const upload = await readUpload(request);
    const annex = await readAnnexUpload(upload.data);
    return { ok: true as const, user: auth.user, year: year.data, upload, annex };
  } catch (error) {
    return { ok: false as const, response: errorResponse(error) };
  }
}

/** POST /api/v1/plans/{year}/import/preview: what importing the annex would do, with its fingerprint; writes nothing. */
export async function postPreview(request: Request, { params }: YearParams) {
  const upload = await authorizedUpload(request, params);
  if (!upload.ok) return upload.response;
  try {
    return Response.json(previewPlanImport(upload.user, upload.year, upload.annex));
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST /api/v1/plans/{year}/import: applies the annex previewed with that fingerprint, all or nothing, audited. */
export async function postImport(request: Request, { params }: YearParams) {
  const upload = await authorizedUpload(request, params);
  if (!upload.ok) return upload.response;
  try {
    return Response.json(
      applyPlanImport(upload.user, {
        year: upload.year,
        fingerprint: upload.upload.fingerprint,
        fileName: upload.upload.fileName,
        annex: upload.annex,
      }),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
