"use server";

import { cookies, headers } from "next/headers";
import type { z } from "zod";
import type { Command } from "@/lib/commands/command";
import type { ActionResult } from "@/lib/actions/result";
import { isBearerScheme } from "@/lib/auth/bearer";
import { reissuedSessionCookie, SESSION_ONLY } from "@/lib/auth/reissue-session";
import { runAction } from "@/lib/commands/action";
import type { SessionsEnded } from "./account";
import { changeOwnPasswordCommand, endOtherSessionsCommand } from "./account-commands";

/** Runs a command that ends the user's sessions, then gives this browser its session back at the new version. */
async function keepingThisSession<S extends z.ZodType>(
  command: Command<S, undefined, SessionsEnded>,
  raw: unknown,
): Promise<ActionResult<SessionsEnded>> {
  if (isBearerScheme((await headers()).get("authorization"))) return { ok: false, status: 403, error: SESSION_ONLY };
  const result = await runAction(command, raw);
  if (!result.ok) return result;
  const jar = await cookies();
  const update = await reissuedSessionCookie(jar.getAll(), result.data.sessionVersion);
  if (update?.value)
    jar.set(update.name, update.value, {
      path: "/",
      maxAge: update.maxAge,
      httpOnly: true,
      sameSite: "lax",
      secure: update.name.startsWith("__Secure-"),
    });
  return result;
}

/** /account "Đổi mật khẩu": the current password, the new one twice. */
export async function changeOwnPasswordAction(raw: unknown) {
  return keepingThisSession(changeOwnPasswordCommand, raw);
}

/** /account "Đăng xuất khỏi các thiết bị khác". */
export async function endOtherSessionsAction(raw: unknown) {
  return keepingThisSession(endOtherSessionsCommand, raw);
}
