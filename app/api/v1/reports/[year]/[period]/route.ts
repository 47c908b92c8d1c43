import { getDb } from "@/db/client";
import { rawClient } from "@/db/raw";
import { cachedRead } from "@/lib/reports/read-cache";
import { COUNTING_ERROR, countingParam, reportPath, type ReportPathParams } from "@/lib/api/report-params";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { seesWholeProvince } from "@/lib/auth/scope";
import { provinceReport } from "@/lib/reports/province-report";
import { reportRowJson } from "@/lib/reports/report-json";

export const dynamic = "force-dynamic";

/** GET /api/v1/reports/{year}/{period}?counting=approved|submitted|all: every indicator's figures for the period. */
export async function GET(request: Request, { params }: ReportPathParams) {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const path = await reportPath(params);
  if (!path.ok) return path.response;
  const { year, period } = path;
  const counting = countingParam(new URL(request.url));
  if (!counting) return jsonError(422, COUNTING_ERROR);
  const departmentId = seesWholeProvince(auth.user) ? undefined : (auth.user.departmentId ?? -1);
  const db = getDb();
  // the serialised body is cached with the same exact stamp as the report it is made of
  const body = cachedRead(rawClient(db), `report-json:${year}:${period}:${counting}:${departmentId ?? "all"}`, () =>
    JSON.stringify({ year, period, counting, rows: provinceReport(db, { year, period, counting, departmentId }).map(reportRowJson) }),
  );
  return new Response(body, { headers: { "content-type": "application/json" } });
}
