import { getDb } from "@/db/client";
import { reportRequestFor } from "@/lib/api/report-request";
import { jsonError } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { figureEntries } from "@/lib/draft/current-data";
import { NO_FIGURE_MESSAGE, figureEntriesSchema } from "@/lib/draft/schemas";
import { REFUSALS } from "@/lib/errors";

type FigureParams = { params: Promise<{ year: string; period: string; code: string }> };

/**
 * GET /api/v1/reports/{year}/{period}/figures/{code}?counting=: the entries behind one figure of
 * the draft (who entered each month's value, when, with which status; the same periods last
 * year), as the draft editor's figure panel shows them. Leaders, planners and admins
 * ("draft.view"); a year in preparation is answered like a year without a plan.
 */
export async function GET(request: Request, { params }: FigureParams) {
  const parsed = await reportRequestFor(request, params);
  if (!parsed.ok) return parsed.response;
  const { year, period, counting, user } = parsed.value;
  if (!can(user, "draft.view")) return jsonError(403, REFUSALS.forbidden);
  const input = figureEntriesSchema.safeParse({ indicator: (await params).code, year, period, counting });
  if (!input.success) return jsonError(422, input.error.issues[0].message);
  const entries = figureEntries(getDb(), input.data);
  return entries ? Response.json(entries) : jsonError(404, NO_FIGURE_MESSAGE);
}
