import type { z } from "zod";
import type { Command } from "@/lib/commands/command";
import { isBearerScheme } from "@/lib/auth/bearer";
import { parseCookies } from "@/lib/auth/cookies";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { reissuedSessionCookie, SESSION_ONLY } from "@/lib/auth/reissue-session";
import { commandResponse } from "@/lib/commands/http";
import { setCookieHeader } from "@/lib/ops/front-door";
import type { SessionsEnded } from "@/lib/users/account";
import { changeOwnPasswordCommand, endOtherSessionsCommand } from "@/lib/users/account-commands";

/**
 * The caller's own account. Both end every session of the user but the caller's, which the
 * answer re-issues (Set-Cookie). Session only: an API token is refused (403; an unknown one
 * 401 as everywhere), since a token is a machine's, and a person's password and sessions are
 * the person's. A forgotten password is an admin's reset (PUT /api/v1/users/{id}/password).
 */
async function keepingThisSession<S extends z.ZodType>(
  request: Request,
  command: Command<S, undefined, SessionsEnded>,
): Promise<Response> {
  if (isBearerScheme(request.headers.get("authorization"))) {
    const auth = await requireApiUser(request);
    return auth.ok ? jsonError(403, SESSION_ONLY) : auth.response;
  }
  const response = await commandResponse(request, command);
  if (!response.ok) return response;
  const body = (await response.json()) as SessionsEnded;
  const update = await reissuedSessionCookie(
    parseCookies(request.headers.get("cookie") ?? undefined),
    body.sessionVersion,
  );
  const headers = new Headers(response.headers);
  if (update) headers.append("set-cookie", setCookieHeader(update));
  return Response.json(body, { status: response.status, headers });
}

/** PUT /api/v1/account/password {currentPassword, newPassword, confirmPassword?}: 422 with `currentPassword` when it is wrong. */
export async function putPassword(request: Request) {
  return keepingThisSession(request, changeOwnPasswordCommand);
}

/** POST /api/v1/account/sessions/end-others {"confirm": true}: "Đăng xuất khỏi các thiết bị khác". */
export async function postEndOthers(request: Request) {
  return keepingThisSession(request, endOtherSessionsCommand);
}
