import "server-only";
import type { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { writeTransaction } from "@/db/write";
import type { Role } from "@/db/schema";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/scope";
import { requestLog } from "@/lib/ops/log";
import { storageErrorOf } from "@/lib/ops/storage-error";
import { DomainError } from "@/lib/errors";
import { fieldErrorsOf, type ActionResult } from "./result";

export interface MutationContext<I> {
  user: CurrentUser;
  input: I;
  tx: Tx;
}

/**
 * The one guard every mutation goes through: authenticate, authorise the role, validate
 * with the shared zod schema, then run the change and its audit entry in one synchronous
 * transaction (a thrown error rolls everything back).
 */
export function guardedMutation<S extends z.ZodType, R>(
  options: { roles: readonly Role[]; schema: S },
  handler: (ctx: MutationContext<z.infer<S>>) => R,
): (raw: unknown) => Promise<ActionResult<R>> {
  return async (raw: unknown) => {
    const user = await currentUser();
    if (!user) return { ok: false, status: 401, error: "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại" };
    if (!hasRole(user, options.roles)) return { ok: false, status: 403, error: "Không có quyền thực hiện thao tác này" };
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      return { ok: false, status: 422, error: Object.values(fieldErrors)[0] ?? "Dữ liệu không hợp lệ", fieldErrors };
    }
    try {
      const data = writeTransaction(getDb(), (tx) => handler({ user, input: parsed.data, tx }));
      return { ok: true, data };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, status: error.status, error: error.message, fieldErrors: error.fieldErrors, details: error.details };
      const storage = storageErrorOf(error);
      (await requestLog()).error({ err: error, userId: user.id, code: storage?.code }, "mutation failed");
      if (storage) return { ok: false, status: storage.status, error: storage.message };
      return { ok: false, status: 500, error: "Lỗi hệ thống, thay đổi chưa được lưu. Vui lòng thử lại." };
    }
  };
}
