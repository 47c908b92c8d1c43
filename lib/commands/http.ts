import "server-only";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { errorResponse, readJson } from "@/lib/api/handler";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { REFUSALS } from "@/lib/errors";
import { withoutAbsentNulls } from "@/lib/validation/absent-nulls";
import { mayRun, runCommand, type Command } from "./command";

/**
 * The HTTP adapter: authenticate (session or token, 401), the command's permission before the
 * body is read (403), the JSON body (413, 400), then the command; its answer as JSON, a refusal
 * with its status (lib/api/handler.ts errorResponse). `path` is what the route's path says
 * (a department's month, a year, an indicator code): it is merged over the body, so the
 * command gets the same input as its server action. JSON `null` in a field the command's
 * schema marks optional means absent (lib/validation/absent-nulls.ts).
 */
export async function commandResponse<S extends z.ZodType, K, R>(
  request: Request,
  command: Command<S, K, R>,
  path?: Record<string, unknown>,
): Promise<Response> {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth.response;
  if (!mayRun(auth.user, command)) return jsonError(403, REFUSALS.forbidden);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  let raw = withoutAbsentNulls(command.input, body.body);
  if (path) {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw))
      return jsonError(422, "Dữ liệu gửi lên phải là một đối tượng JSON");
    raw = { ...raw, ...path };
  }
  try {
    return Response.json(runCommand(getDb(), command, auth.user, raw));
  } catch (error) {
    return errorResponse(error);
  }
}
