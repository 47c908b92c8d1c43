import type { ApiRequest } from "@/lib/api/v1/api-request";
import { getDb } from "@/db/client";
import { rawClient } from "@/db/raw";
import { JsonBody } from "@/lib/api/json-body";
import { reportRequestFor, type ReportRouteParams } from "@/lib/api/report-request";
import { cachedRead } from "@/lib/reports/read-cache";
import { provinceReport } from "@/lib/reports/province-report";
import { reportRowJson } from "@/lib/reports/report-json";

/** GET /api/v1/reports/{year}/{period}?counting=approved|submitted|all: every indicator's figures for the period. */
export async function GET(request: ApiRequest, { params }: ReportRouteParams) {
  const parsed = await reportRequestFor(request, params);
  if (!parsed.ok) return parsed.response;
  const { year, period, counting, departmentId } = parsed.value;
  const db = getDb();
  // the answer's bytes are cached with the same exact stamp as the report
  const body = cachedRead(rawClient(db), `report-json:${year}:${period}:${counting}:${departmentId ?? "all"}`, () =>
    new JsonBody({ year, period, counting, rows: provinceReport(db, { year, period, counting, departmentId }).map(reportRowJson) }),
  );
  return body.response();
}
