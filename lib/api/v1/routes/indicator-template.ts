import { getDb } from "@/db/client";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { seesIndicator } from "@/lib/auth/plan-years";
import { commandResponse } from "@/lib/commands/http";
import { saveSentenceTemplateCommand } from "@/lib/draft/commands";
import { findSentenceTemplate } from "@/lib/draft/template-store";

type Params = { params: Promise<{ code: string }> };

/** GET /api/v1/indicators/{code}/template: the indicator's sentence template (null = the default) and its version. */
export async function GET(request: Request, { params }: Params) {
  const auth = await requireApiUser(request, "template.edit");
  if (!auth.ok) return auth.response;
  const db = getDb();
  const stored = findSentenceTemplate(db, (await params).code);
  // an indicator only in a year in preparation the caller may not see is answered as an unknown one
  if (!stored || !seesIndicator(db, auth.user, stored.id)) return jsonError(404, "Không có chỉ tiêu này");
  return Response.json({ indicator: stored.code, template: stored.template, version: stored.version });
}

/** PUT /api/v1/indicators/{code}/template {template, version}: planners and admins change it; 404 unknown indicator, a stale version is 409. */
export async function PUT(request: Request, { params }: Params) {
  return commandResponse(request, saveSentenceTemplateCommand, { indicator: (await params).code });
}
