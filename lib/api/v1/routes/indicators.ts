import { createIndicatorCommand } from "@/lib/admin/commands";
import { commandResponse } from "@/lib/commands/http";
import { indicatorJson, targetJson } from "@/lib/catalogue/format";
import { getDb } from "@/db/client";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { hiddenYearResponse } from "@/lib/api/report-request";
import { seesWholeProvince } from "@/lib/auth/scope";
import { defaultPlanYear, listIndicatorsForYear } from "@/lib/catalogue/queries";
import { yearInputSchema } from "@/lib/validation/common";

/** GET /api/v1/indicators?year=YYYY: the year's indicators with their targets (own department for officers and department heads); 404 for a year without a plan the caller may see. */
export async function GET(request: Request) {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth.response;
  const db = getDb();
  const raw = new URL(request.url).searchParams.get("year");
  const parsed = raw === null ? null : yearInputSchema.safeParse(raw);
  if (parsed && !parsed.success) return jsonError(422, "Tham số year phải là năm, ví dụ ?year=2024");
  const year = parsed ? parsed.data : defaultPlanYear(db);
  // a year asked for must be one the caller sees (a year in preparation is the admins' and its editors')
  if (parsed) {
    const hidden = hiddenYearResponse(auth.user, year);
    if (hidden) return hidden;
  }
  const scope = seesWholeProvince(auth.user) ? undefined : (auth.user.departmentId ?? -1);
  const indicators = listIndicatorsForYear(db, year, scope).map((i) => ({
    ...indicatorJson(i),
    precision: i.precision,
    direction: i.direction,
    targets: i.targets.map(targetJson),
  }));
  return Response.json({ year, indicators });
}

/** POST /api/v1/indicators: puts an indicator (new, or an existing code) in a year's plan (admin; planners where allowed). */
export async function POST(request: Request) {
  return commandResponse(request, createIndicatorCommand);
}
