import "server-only";
import { jsonError } from "@/lib/auth/guards";
import { ConflictError, DomainError } from "@/lib/errors";
import { log } from "@/lib/ops/log";
import { storageErrorOf } from "@/lib/ops/storage-error";

export const MAX_BODY_BYTES = 1_000_000;

/** Reads a JSON body, refusing oversized or malformed ones with a Vietnamese message. */
export async function readJson(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES)
    return { ok: false, response: jsonError(413, "Dữ liệu gửi lên quá lớn (tối đa 1 MB)") };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    return { ok: false, response: jsonError(413, "Dữ liệu gửi lên quá lớn (tối đa 1 MB)") };
  if (text.trim() === "") return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, "Dữ liệu gửi lên không phải JSON hợp lệ") };
  }
}

/** A refusal as its HTTP answer ({error, errors?, conflicts?}); anything else is logged and answered 503 (storage) or 500, nothing stored. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ConflictError)
    return Response.json(
      { error: error.message, conflicts: error.conflicts, errors: error.fieldErrors },
      { status: 409 },
    );
  if (error instanceof DomainError)
    return Response.json(
      { error: error.message, ...(error.fieldErrors ? { errors: error.fieldErrors } : {}) },
      { status: error.status },
    );
  const storage = storageErrorOf(error);
  log.error({ err: error, code: storage?.code }, "api mutation failed");
  if (storage) return jsonError(storage.status, storage.message);
  return jsonError(500, "Lỗi hệ thống, thay đổi chưa được lưu");
}
