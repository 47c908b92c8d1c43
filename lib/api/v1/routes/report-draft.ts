import { getDb } from "@/db/client";
import { answerTag, notModified, taggedHeaders } from "@/lib/api/etag";
import { reportRequestFor, type ReportRouteParams } from "@/lib/api/report-request";
import { generateDraft } from "@/lib/draft/generate";
import { draftToMarkdown } from "@/lib/draft/markdown";

/**
 * GET /api/v1/reports/{year}/{period}/draft?counting=approved|submitted|all: the generated
 * draft báo cáo as Markdown (text/markdown). Same rules as the report route: any signed-in
 * user or token; officers and department heads get their own department's part only. ETag;
 * 304 when unchanged.
 */
export async function GET(request: Request, { params }: ReportRouteParams) {
  const parsed = await reportRequestFor(request, params);
  if (!parsed.ok) return parsed.response;
  const { year, period, counting, departmentId, user } = parsed.value;
  const tag = answerTag(request, user);
  const unchanged = notModified(request, tag);
  if (unchanged) return unchanged;
  const markdown = draftToMarkdown(generateDraft(getDb(), { year, period, counting, departmentId }));
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `inline; filename="du-thao-bao-cao-${year}-${period}.md"`,
      ...taggedHeaders(tag),
    },
  });
}
