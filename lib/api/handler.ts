import "server-only";
import type { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { writeTransaction } from "@/db/write";
import type { Role } from "@/db/schema";
import { fieldErrorsOf } from "@/lib/actions/result";
import { DomainError } from "@/lib/errors";
import { requireApiUser, jsonError } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ConflictError } from "@/lib/entry/save-values";
import { log } from "@/lib/ops/log";
import { storageErrorOf } from "@/lib/ops/storage-error";

export const MAX_BODY_BYTES = 1_000_000;

/** Reads a JSON body, refusing oversized or malformed ones with a Vietnamese message. */
export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return { ok: false, response: jsonError(413, "Dữ liệu gửi lên quá lớn (tối đa 1 MB)") };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return { ok: false, response: jsonError(413, "Dữ liệu gửi lên quá lớn (tối đa 1 MB)") };
  if (text.trim() === "") return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, "Dữ liệu gửi lên không phải JSON hợp lệ") };
  }
}

/** Turns a domain refusal into its HTTP answer; anything else is a logged 500 with nothing stored. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ConflictError) return Response.json({ error: error.message, conflicts: error.conflicts, errors: error.fieldErrors }, { status: 409 });
  if (error instanceof DomainError) return Response.json({ error: error.message, ...(error.fieldErrors ? { errors: error.fieldErrors } : {}) }, { status: error.status });
  const storage = storageErrorOf(error);
  log.error({ err: error, code: storage?.code }, "api mutation failed");
  if (storage) return jsonError(storage.status, storage.message);
  return jsonError(500, "Lỗi hệ thống, thay đổi chưa được lưu");
}

/**
 * A mutating API route: authenticate (session or token), check the role, read and validate
 * the JSON body with the shared schema, then run the change in one transaction.
 */
export async function apiMutation<S extends z.ZodType, K, R>(
  request: Request,
  options: { roles: readonly Role[]; schema: S; resolve: (user: CurrentUser) => Promise<K> },
  run: (ctx: { user: CurrentUser; key: K; input: z.infer<S>; tx: Tx }) => R,
): Promise<Response> {
  const auth = await requireApiUser(request, options.roles);
  if (!auth.ok) return auth.response;
  let key: K;
  try {
    key = await options.resolve(auth.user);
  } catch (error) {
    return errorResponse(error);
  }
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = options.schema.safeParse(body.body);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return Response.json({ error: Object.values(errors)[0] ?? "Dữ liệu không hợp lệ", errors }, { status: 422 });
  }
  try {
    const result = writeTransaction(getDb(), (tx) => run({ user: auth.user, key, input: parsed.data, tx }));
    return Response.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}
