import { getDb } from "@/db/client";
import { answerTag, notModified, taggedHeaders } from "@/lib/api/etag";
import { reportPath, type ReportPathParams } from "@/lib/api/report-params";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { hiddenYearResponse } from "@/lib/api/report-request";
import { buildReportDocx } from "@/lib/export/docx/assemble";
import { EXPORT_MIME, attachmentDisposition, reportFileName } from "@/lib/export/filename";
import { exportMetaFromQuery, parseExportQuery } from "@/lib/export/query";
import { exportSource } from "@/lib/export/source";
import { buildSummaryXlsx } from "@/lib/export/xlsx";

/**
 * GET /api/v1/reports/{year}/{period}/export?format=docx|xlsx[&counting=…][&version=…][&number=…][&date=YYYY-MM-DD][&signer=…][&recipient=…]
 * The province's báo cáo as Word, or its biểu tổng hợp as Excel: of the saved version asked for
 * (`version=<id>`, as it was saved), else the draft generated from the data; the file's name
 * says which (`reportFileName`). Whole-province roles only
 * (leader, planner, admin: those who see the biểu tổng hợp); a department's users are refused.
 */
export async function GET(request: Request, { params }: ReportPathParams) {
  const auth = await requireApiUser(request, "summary.view");
  if (!auth.ok) return auth.response;
  const path = await reportPath(params);
  if (!path.ok) return path.response;
  const hidden = hiddenYearResponse(auth.user, path.year);
  if (hidden) return hidden;
  const parsed = parseExportQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return jsonError(422, parsed.error);
  const { query } = parsed;
  const meta = exportMetaFromQuery(query);
  // the date printed on the document (today in Việt Nam unless given) is part of the answer
  const tag = answerTag(request, auth.user, JSON.stringify(meta.date));
  const unchanged = notModified(request, tag);
  if (unchanged) return unchanged;
  const source = exportSource(getDb(), {
    year: path.year,
    period: path.period,
    counting: query.counting,
    version: query.version,
  });
  if (!source) return jsonError(404, "Không có phiên bản dự thảo này");
  const { draft, origin } = source;
  const file = query.format === "docx" ? await buildReportDocx(draft, meta) : await buildSummaryXlsx(draft, meta);
  const name = reportFileName({
    year: draft.year,
    period: draft.period,
    subject: draft.subject,
    format: query.format,
    origin,
  });
  return new Response(new Uint8Array(file), {
    headers: {
      "content-type": EXPORT_MIME[query.format],
      "content-disposition": attachmentDisposition(name),
      ...taggedHeaders(tag),
    },
  });
}
