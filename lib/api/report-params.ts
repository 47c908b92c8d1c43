import { jsonError } from "@/lib/auth/guards";
import { isPeriodCode, type PeriodCode } from "@/lib/periods";
import { DEFAULT_COUNTING, isCountingMode, type CountingMode } from "@/db/schema/vocabulary";
import { yearInputSchema } from "@/lib/validation/common";

export type ReportPathParams = { params: Promise<{ year: string; period: string }> };

/** /reports/{year}/{period}: 422 with a Vietnamese message for a bad year or period. */
export async function reportPath(
  params: ReportPathParams["params"],
): Promise<{ ok: true; year: number; period: PeriodCode } | { ok: false; response: Response }> {
  const { year: rawYear, period } = await params;
  const year = yearInputSchema.safeParse(rawYear);
  if (!year.success) return { ok: false, response: jsonError(422, year.error.issues[0].message) };
  if (!isPeriodCode(period))
    return { ok: false, response: jsonError(422, "Kỳ không hợp lệ (T01-T12, Q1-Q4, 6T, 9T, N, UN)") };
  return { ok: true, year: year.data, period };
}

export const COUNTING_ERROR = "counting phải là approved, submitted hoặc all";

/** ?counting=approved|submitted|all (default submitted), null when it is something else. */
export function countingParam(url: URL): CountingMode | null {
  const counting = url.searchParams.get("counting") ?? DEFAULT_COUNTING;
  return isCountingMode(counting) ? counting : null;
}
