import { getDb } from "@/db/client";
import { rawClient } from "@/db/raw";
import { cachedRead } from "@/lib/reports/read-cache";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { seesWholeProvince } from "@/lib/auth/scope";
import { isPeriodCode } from "@/lib/periods";
import { COUNTING_MODES, type CountingMode } from "@/lib/reports/entries";
import { provinceReport } from "@/lib/reports/province-report";
import { reportRowJson } from "@/lib/reports/report-json";

export const dynamic = "force-dynamic";

/** GET /api/v1/reports/{year}/{period}?counting=approved|submitted|all: every indicator's figures for the period. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string; period: string }> }) {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const { year: rawYear, period } = await params;
  const year = Number(rawYear);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return jsonError(422, "Năm không hợp lệ");
  if (!isPeriodCode(period)) return jsonError(422, "Kỳ không hợp lệ (T01-T12, Q1-Q4, 6T, 9T, N, UN)");
  const counting = new URL(request.url).searchParams.get("counting") ?? "submitted";
  if (!(COUNTING_MODES as readonly string[]).includes(counting)) return jsonError(422, "counting phải là approved, submitted hoặc all");
  const departmentId = seesWholeProvince(auth.user) ? undefined : (auth.user.departmentId ?? -1);
  const db = getDb();
  // the serialised body is cached with the same exact stamp as the report it is made of
  const body = cachedRead(rawClient(db), `report-json:${year}:${period}:${counting}:${departmentId ?? "all"}`, () =>
    JSON.stringify({ year, period, counting, rows: provinceReport(db, { year, period, counting: counting as CountingMode, departmentId }).map(reportRowJson) }),
  );
  return new Response(body, { headers: { "content-type": "application/json" } });
}
