import { getDb } from "@/db/client";
import { createPlanYearCommand } from "@/lib/admin/commands";
import { planYearJson } from "@/lib/admin/plan-years";
import { adminPlanYears } from "@/lib/admin/queries";
import { requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";

/** GET /api/v1/plans: every plan year, those in preparation included, with its settings and counts (admin). */
export async function GET(request: Request) {
  const auth = await requireApiUser(request, "plan.administer");
  if (!auth.ok) return auth.response;
  const years = adminPlanYears(getDb()).map((p) => ({
    ...planYearJson(p),
    indicators: p.indicators,
    targets: p.targets,
    unapproved: p.unapproved,
  }));
  return Response.json({ years });
}

/** POST /api/v1/plans {"year":2025,"copyFrom":2024,"copyTargets"?:false}: a plan year in preparation (admin). */
export async function POST(request: Request) {
  return commandResponse(request, createPlanYearCommand);
}
