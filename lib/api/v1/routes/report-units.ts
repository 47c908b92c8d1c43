import { getDb } from "@/db/client";
import { rawClient } from "@/db/raw";
import { cachedRead } from "@/db/read-cache";
import { answerTag, notModified, taggedHeaders } from "@/lib/api/etag";
import { JsonBody } from "@/lib/api/json-body";
import { hiddenYearResponse } from "@/lib/api/report-request";
import { COUNTING_ERROR, countingParam, reportPath, type ReportPathParams } from "@/lib/api/report-params";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { unitReport, unitReportedIndicators } from "@/lib/units/unit-report";
import { unitReportJson } from "@/lib/units/unit-report-json";

/** A province indicator's code as the catalogue writes them (lib/admin/schemas.ts codeField). */
const CODE = /^[A-Za-z0-9._-]{1,60}$/;

/**
 * GET /api/v1/reports/{year}/{period}/units?indicator=<code>[&counting=…]: the units reporting a
 * province indicator ranked for the period (lib/units/unit-report.ts): % of plan or change, the
 * province average, months below it running, lagging units, and the gap between a department's
 * own province figure and the units' sum. Without `indicator`: the year's indicators reported
 * by units. Those who see the dashboard (leader, planner, admin); a year in preparation the
 * caller may not see is answered as a year without a plan. ETag; 304 when unchanged.
 */
export async function GET(request: Request, { params }: ReportPathParams) {
  const auth = await requireApiUser(request, "dashboard.view");
  if (!auth.ok) return auth.response;
  const path = await reportPath(params);
  if (!path.ok) return path.response;
  const hidden = hiddenYearResponse(auth.user, path.year);
  if (hidden) return hidden;
  const url = new URL(request.url);
  const counting = countingParam(url);
  if (!counting) return jsonError(422, COUNTING_ERROR);
  const code = url.searchParams.get("indicator");
  if (code !== null && !CODE.test(code))
    return jsonError(
      422,
      "Mã chỉ tiêu (indicator) chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 60 ký tự)",
    );
  const tag = answerTag(request, auth.user);
  const unchanged = notModified(request, tag);
  if (unchanged) return unchanged;
  const { year, period } = path;
  const db = getDb();
  if (code === null) {
    return Response.json(
      {
        year,
        period,
        indicators: unitReportedIndicators(db, year).map(({ indicator, unitKind }) => ({
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          unitKind,
        })),
      },
      { headers: taggedHeaders(tag) },
    );
  }
  const body = cachedRead(rawClient(db), `units-json:${code}:${year}:${period}:${counting}`, () => {
    const report = unitReport(db, { code, year, period, counting });
    return report ? new JsonBody(unitReportJson(report)) : null;
  });
  if (!body)
    return jsonError(
      404,
      `Chỉ tiêu "${code}" không có trong kế hoạch năm ${year} hoặc không do các địa phương báo cáo`,
    );
  return body.response({ headers: taggedHeaders(tag) });
}
