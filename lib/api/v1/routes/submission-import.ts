import { errorResponse } from "@/lib/api/handler";
import { submissionKeyFor, type SubmissionParams } from "@/lib/api/submission-params";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { MAX_UPLOAD_BYTES } from "@/lib/excel/entry-template";
import { importEntries } from "@/lib/excel/import-entries";

/** POST .../import: an uploaded .xlsx (multipart field "file", or the raw body), applied all-or-nothing; the month is checked (403, 404) before the file is read. */
export async function POST(request: Request, { params }: SubmissionParams) {
  const auth = await requireApiUser(request, "entry.edit");
  if (!auth.ok) return auth.response;
  try {
    const key = await submissionKeyFor(auth.user, params);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES)
      return jsonError(413, "Tệp quá lớn (tối đa 5 MB)");
    let data: ArrayBuffer;
    if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
      const file = (await request.formData()).get("file");
      if (!(file instanceof File)) return jsonError(422, "Chưa chọn tệp Excel");
      data = await file.arrayBuffer();
    } else {
      data = await request.arrayBuffer();
    }
    if (data.byteLength > MAX_UPLOAD_BYTES) return jsonError(413, "Tệp quá lớn (tối đa 5 MB)");
    const result = await importEntries(
      auth.user,
      { department: key.department.code, year: key.year, month: key.month },
      data,
    );
    if (!result.ok) return Response.json({ error: result.errors[0], errors: result.errors }, { status: result.status });
    return Response.json({ values: result.stored });
  } catch (error) {
    return errorResponse(error);
  }
}
