import { getDb } from "@/db/client";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";
import { saveSentenceTemplateCommand } from "@/lib/draft/commands";
import { findSentenceTemplate } from "@/lib/draft/template-store";

type Params = { params: Promise<{ code: string }> };

/** GET /api/v1/indicators/{code}/template: the indicator's sentence template (null = the default) and its version. */
export async function GET(request: Request, { params }: Params) {
  const auth = await requireApiUser(request, "template.edit");
  if (!auth.ok) return auth.response;
  const stored = findSentenceTemplate(getDb(), (await params).code);
  if (!stored) return jsonError(404, "Không có chỉ tiêu này");
  return Response.json({ indicator: stored.code, template: stored.template, version: stored.version });
}

/** PUT /api/v1/indicators/{code}/template {template, version}: planners and admins change it; 404 unknown indicator, a stale version is 409. */
export async function PUT(request: Request, { params }: Params) {
  return commandResponse(request, saveSentenceTemplateCommand, { indicator: (await params).code });
}
