import { getDb } from "@/db/client";
import {
  closePlanYearCommand,
  openPlanYearCommand,
  planYearSettingsCommand,
  reopenPlanYearCommand,
  reportOpeningsCommand,
} from "@/lib/admin/commands";
import { planYearJson, reportOpeningsOf } from "@/lib/admin/plan-years";
import { planYears } from "@/db/schema";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";
import { yearInputSchema } from "@/lib/validation/common";
import { eq } from "drizzle-orm";
import type { PathParams } from "@/lib/api/path-params";

/**
 * One plan year's administration (admin, as on /admin/plans): its settings, opening it to the
 * departments, closing it (409 with the unapproved months unless `confirm`), reopening it with a
 * reason, and the openings of its reports. Every change names the year's `version` (409 when stale).
 */
type YearParams = PathParams<{ year: string }>;
const yearOf = async (params: YearParams["params"]) => ({ year: (await params).year });

/** PUT /api/v1/plans/{year}/settings {cutoffDay, dueDay, plannersMayEdit, version} */
export async function putSettings(request: Request, { params }: YearParams) {
  return commandResponse(request, planYearSettingsCommand, await yearOf(params));
}

/** POST /api/v1/plans/{year}/open {version} */
export async function postOpen(request: Request, { params }: YearParams) {
  return commandResponse(request, openPlanYearCommand, await yearOf(params));
}

/** POST /api/v1/plans/{year}/close {version, confirm?} */
export async function postClose(request: Request, { params }: YearParams) {
  return commandResponse(request, closePlanYearCommand, await yearOf(params));
}

/** POST /api/v1/plans/{year}/reopen {version, reason} */
export async function postReopen(request: Request, { params }: YearParams) {
  return commandResponse(request, reopenPlanYearCommand, await yearOf(params));
}

/** GET /api/v1/plans/{year}/openings: the opening paragraph of each report kind as the drafts use it, and the year's version. */
export async function getOpenings(request: Request, { params }: YearParams) {
  const auth = await requireApiUser(request, "plan.administer");
  if (!auth.ok) return auth.response;
  const year = yearInputSchema.safeParse((await params).year);
  if (!year.success) return jsonError(422, year.error.issues[0].message);
  const db = getDb();
  const plan = db.select().from(planYears).where(eq(planYears.year, year.data)).get();
  if (!plan) return jsonError(404, `Chưa có kế hoạch năm ${year.data}`);
  return Response.json({ ...planYearJson(plan), openings: reportOpeningsOf(db, year.data) });
}

/** PUT /api/v1/plans/{year}/openings {version, openings: {month, quarter, 6T, 9T, N}} ("" = the default) */
export async function putOpenings(request: Request, { params }: YearParams) {
  return commandResponse(request, reportOpeningsCommand, await yearOf(params));
}
