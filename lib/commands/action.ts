import "server-only";
import type { z } from "zod";
import { getDb } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { DomainError, REFUSALS } from "@/lib/errors";
import { requestLog } from "@/lib/ops/log";
import { storageErrorOf } from "@/lib/ops/storage-error";
import { runCommand, type Command } from "./command";

type Refusal = Extract<ActionResult, { ok: false }>;

const SIGNED_OUT: Refusal = { ok: false, status: 401, error: "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại" };

/** The server-action adapter: the signed-in user runs the command; the form gets an ActionResult, never a throw. */
export async function runAction<S extends z.ZodType, K, R>(
  command: Command<S, K, R>,
  raw: unknown,
): Promise<ActionResult<R>> {
  const user = await currentUser();
  if (!user) return SIGNED_OUT;
  try {
    return { ok: true, data: runCommand(getDb(), command, user, raw) };
  } catch (error) {
    return actionFailure(error, user);
  }
}

/** A refusal as the form shows it; any other error is logged and answered 503 (storage busy or unavailable) or 500, nothing stored. */
export async function actionFailure(error: unknown, user: CurrentUser): Promise<Refusal> {
  if (error instanceof DomainError)
    return {
      ok: false,
      status: error.status,
      error: error.message,
      fieldErrors: error.fieldErrors,
      details: error.details,
    };
  const storage = storageErrorOf(error);
  (await requestLog()).error({ err: error, userId: user.id, code: storage?.code }, "mutation failed");
  if (storage) return { ok: false, status: storage.status, error: storage.message };
  return { ok: false, status: 500, error: "Lỗi hệ thống, thay đổi chưa được lưu. Vui lòng thử lại." };
}

/** For a server action that only reads (or reads a file before its command): the signed-in user holding the permission, else the refusal. */
export async function actionUser(permission: Permission): Promise<{ ok: true; user: CurrentUser } | Refusal> {
  const user = await currentUser();
  if (!user) return SIGNED_OUT;
  if (!can(user, permission)) return { ok: false, status: 403, error: REFUSALS.forbidden };
  return { ok: true, user };
}
