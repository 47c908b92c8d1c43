import { getDb } from "@/db/client";
import { rawClient } from "@/db/raw";
import { answerTag, notModified, taggedHeaders } from "@/lib/api/etag";
import { JsonBody } from "@/lib/api/json-body";
import { reportRequestFor, type ReportRouteParams } from "@/lib/api/report-request";
import { cachedRead } from "@/db/read-cache";
import { provinceReport } from "@/lib/reports/province-report";
import { reportRowJson } from "@/lib/reports/report-json";

/** GET /api/v1/reports/{year}/{period}?counting=approved|submitted|all: every indicator's figures for the period (ETag; 304 when unchanged). */
export async function GET(request: Request, { params }: ReportRouteParams) {
  const parsed = await reportRequestFor(request, params);
  if (!parsed.ok) return parsed.response;
  const { year, period, counting, departmentId, user } = parsed.value;
  const tag = answerTag(request, user);
  const unchanged = notModified(request, tag);
  if (unchanged) return unchanged;
  const db = getDb();
  // the answer's bytes are cached with the same exact stamp as the report
  const body = cachedRead(
    rawClient(db),
    `report-json:${year}:${period}:${counting}:${departmentId ?? "all"}`,
    () =>
      new JsonBody({
        year,
        period,
        counting,
        rows: provinceReport(db, { year, period, counting, departmentId }).map(reportRowJson),
      }),
  );
  return body.response({ headers: taggedHeaders(tag) });
}
