import { getDb } from "@/db/client";
import { DomainError } from "@/lib/errors";
import { apiMutation } from "@/lib/api/handler";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { sentenceTemplateSchema, TEMPLATE_EDITOR_ROLES } from "@/lib/draft/template-schema";
import { findSentenceTemplate, saveSentenceTemplate } from "@/lib/draft/template-store";

type Params = { params: Promise<{ code: string }> };

/** GET /api/v1/indicators/{code}/template: the indicator's sentence template (null = the default) and its version. */
export async function GET(request: Request, { params }: Params) {
  const auth = await requireApiUser(request, TEMPLATE_EDITOR_ROLES);
  if (!auth.ok) return auth.response;
  const stored = findSentenceTemplate(getDb(), (await params).code);
  if (!stored) return jsonError(404, "Không có chỉ tiêu này");
  return Response.json({ indicator: stored.code, template: stored.template, version: stored.version });
}

/** PUT /api/v1/indicators/{code}/template {template, version}: planners and admins change it; a stale version is 409. */
export async function PUT(request: Request, { params }: Params) {
  return apiMutation(
    request,
    {
      roles: TEMPLATE_EDITOR_ROLES,
      schema: sentenceTemplateSchema.omit({ indicator: true }),
      resolve: async () => {
        const code = (await params).code;
        if (!findSentenceTemplate(getDb(), code)) throw new DomainError(404, `Không có chỉ tiêu mã "${code}"`);
        return code;
      },
    },
    ({ user, key, input, tx }) => ({ indicator: key, ...saveSentenceTemplate(tx, user.id, { indicator: key, ...input }) }),
  );
}
