import { getDb } from "@/db/client";
import { pathNumber, type PathParams } from "@/lib/api/path-params";
import { reportPath } from "@/lib/api/report-params";
import { hiddenYearResponse } from "@/lib/api/report-request";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";
import { finalizeReportVersionCommand, regenerateSectionCommand, saveDraftCommand } from "@/lib/draft/commands";
import { draftVersionInfo, listDraftVersions, loadDraftVersion } from "@/lib/draft/versions";

/**
 * The saved versions of a report's draft báo cáo (/draft/{year}/{period}): read by leaders,
 * planners and admins; saved by planners and admins; marked final (chốt) by leaders.
 */
type ReportParams = PathParams<{ year: string; period: string }>;
type VersionParams = PathParams<{ year: string; period: string; id: string }>;
const reportOf = async (params: ReportParams["params"]) => {
  const { year, period } = await params;
  return { year: pathNumber(year), period };
};

/** GET …/draft/versions: the period's versions, newest first (number, based on, note, who saved, final). */
export async function GET(request: Request, { params }: ReportParams) {
  const auth = await requireApiUser(request, "draft.view");
  if (!auth.ok) return auth.response;
  const path = await reportPath(params);
  if (!path.ok) return path.response;
  const hidden = hiddenYearResponse(auth.user, path.year);
  if (hidden) return hidden;
  return Response.json({
    year: path.year,
    period: path.period,
    versions: listDraftVersions(getDb(), path.year, path.period),
  });
}

/** POST …/draft/versions {counting, baseVersionId, generatedAt, blocks, missing, note?}: the next version (409 when someone saved since baseVersionId). */
export async function POST(request: Request, { params }: ReportParams) {
  return commandResponse(request, saveDraftCommand, await reportOf(params));
}

/** GET …/draft/versions/{id}: one saved version with its document (blocks, missing, biểu tổng hợp) as the editor opens it. */
export async function getVersion(request: Request, { params }: VersionParams) {
  const auth = await requireApiUser(request, "draft.view");
  if (!auth.ok) return auth.response;
  const path = await reportPath(params);
  if (!path.ok) return path.response;
  const hidden = hiddenYearResponse(auth.user, path.year);
  if (hidden) return hidden;
  const id = pathNumber((await params).id);
  const db = getDb();
  const info = typeof id === "number" ? draftVersionInfo(db, id) : null;
  if (!info || info.year !== path.year || info.period !== path.period)
    return jsonError(404, `Không có phiên bản dự thảo này của báo cáo ${path.period} năm ${path.year}`);
  return Response.json({ ...info, document: loadDraftVersion(db, info.id) });
}

/** POST …/draft/versions/{id}/final: a leader marks it final (chốt), its figures frozen; 409 already final. */
export async function postFinal(request: Request, { params }: VersionParams) {
  const { id, ...report } = await params;
  return commandResponse(request, finalizeReportVersionCommand, {
    ...(await reportOf(Promise.resolve(report))),
    versionId: pathNumber(id),
  });
}

/** POST …/draft/regenerate {counting, section}: one section generated afresh from the data (not saved: the editor puts it in place). */
export async function postRegenerate(request: Request, { params }: ReportParams) {
  return commandResponse(request, regenerateSectionCommand, await reportOf(params));
}
