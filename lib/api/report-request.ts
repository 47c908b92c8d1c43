import "server-only";
import { jsonError } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/current-user";
import { seesWholeProvince } from "@/lib/auth/scope";
import { isPeriodCode, type PeriodCode } from "@/lib/periods";
import { COUNTING_MODES, type CountingMode } from "@/lib/reports/entries";

export type ReportRouteParams = { params: Promise<{ year: string; period: string }> };

export interface ReportRequest {
  year: number;
  period: PeriodCode;
  counting: CountingMode;
  /** undefined for the roles that see the whole province, else the user's own department */
  departmentId: number | undefined;
}

/**
 * Reads /reports/{year}/{period}?counting=approved|submitted|all for a user, with the same
 * rules for every report route: 422 with a Vietnamese message for a bad year, period or
 * counting mode; officers and department heads get their own department only.
 */
export async function reportRequestFor(user: CurrentUser, request: Request, params: ReportRouteParams["params"]): Promise<{ ok: true; value: ReportRequest } | { ok: false; response: Response }> {
  const { year: rawYear, period } = await params;
  const year = Number(rawYear);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return { ok: false, response: jsonError(422, "Năm không hợp lệ") };
  if (!isPeriodCode(period)) return { ok: false, response: jsonError(422, "Kỳ không hợp lệ (T01-T12, Q1-Q4, 6T, 9T, N, UN)") };
  const counting = new URL(request.url).searchParams.get("counting") ?? "submitted";
  if (!(COUNTING_MODES as readonly string[]).includes(counting)) return { ok: false, response: jsonError(422, "counting phải là approved, submitted hoặc all") };
  const departmentId = seesWholeProvince(user) ? undefined : (user.departmentId ?? -1);
  return { ok: true, value: { year, period, counting: counting as CountingMode, departmentId } };
}
