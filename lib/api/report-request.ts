import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { getDb } from "@/db/client";
import { noPlanYearMessage, visiblePlanYear } from "@/lib/auth/plan-years";
import { seesWholeProvince } from "@/lib/auth/scope";
import type { PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/db/schema/vocabulary";
import { COUNTING_ERROR, countingParam, reportPath, type ReportPathParams } from "./report-params";

export type ReportRouteParams = ReportPathParams;

export interface ReportRequest {
  year: number;
  period: PeriodCode;
  counting: CountingMode;
  /** undefined for the roles that see the whole province, else the user's own department */
  departmentId: number | undefined;
  user: CurrentUser;
}

/**
 * Reads /reports/{year}/{period}?counting=approved|submitted|all for the request's user, with
 * the same rules for every report route: 401 without a session or token, 422 with a Vietnamese
 * message for a bad year, period or counting mode, 404 for a year without a plan the user may see
 * (hiddenYearResponse); officers and department heads get their own department only.
 */
export async function reportRequestFor(
  request: Request,
  params: ReportRouteParams["params"],
): Promise<{ ok: true; value: ReportRequest } | { ok: false; response: Response }> {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth;
  const user = auth.user;
  const path = await reportPath(params);
  if (!path.ok) return path;
  const hidden = hiddenYearResponse(user, path.year);
  if (hidden) return { ok: false, response: hidden };
  const counting = countingParam(new URL(request.url));
  if (!counting) return { ok: false, response: jsonError(422, COUNTING_ERROR) };
  const departmentId = seesWholeProvince(user) ? undefined : (user.departmentId ?? -1);
  return { ok: true, value: { year: path.year, period: path.period, counting, departmentId, user } };
}

/** 404 "Chưa có kế hoạch năm …" when the user may not see the year's plan (none, or one in preparation), else null. */
export function hiddenYearResponse(user: CurrentUser, year: number): Response | null {
  return visiblePlanYear(getDb(), user, year) ? null : jsonError(404, noPlanYearMessage(year));
}
