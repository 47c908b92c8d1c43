import { getDb } from "@/db/client";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { visiblePlanYear } from "@/lib/auth/plan-years";
import { commandResponse } from "@/lib/commands/http";
import { addDraftCommentCommand, resolveDraftCommentCommand } from "@/lib/draft/commands";
import { commentsForVersion } from "@/lib/draft/comments";
import { draftVersionInfo } from "@/lib/draft/versions";

/**
 * GET /api/v1/draft-comments?version={id}: the comments (góp ý) a saved version of the draft
 * shows, its own and the earlier versions' still open; anyone who may read the draft.
 */
export async function GET(request: Request) {
  const auth = await requireApiUser(request, "draft.view");
  if (!auth.ok) return auth.response;
  const id = Number(new URL(request.url).searchParams.get("version"));
  const version = Number.isInteger(id) && id > 0 ? draftVersionInfo(getDb(), id) : null;
  // a version of a year in preparation the caller may not see is answered like one that does not exist
  if (!version || !visiblePlanYear(getDb(), auth.user, version.year))
    return jsonError(404, "Không tìm thấy phiên bản dự thảo");
  return Response.json({
    version: { id: version.id, year: version.year, period: version.period, number: version.number },
    comments: commentsForVersion(getDb(), version),
  });
}

/** POST `{versionId, blockId?, text}`: a leader's comment; 200 `{id, year, period, versionNumber, quote}`. */
export async function POST(request: Request) {
  return commandResponse(request, addDraftCommentCommand);
}

type CommentParams = { params: Promise<{ id: string }> };

/** POST /api/v1/draft-comments/{id}/resolve: a planner marks it done; 409 when it already is. */
export async function RESOLVE(request: Request, { params }: CommentParams) {
  const { id } = await params;
  return commandResponse(request, resolveDraftCommentCommand, { commentId: /^\d+$/.test(id) ? Number(id) : id });
}
