import "server-only";
import { redirect } from "next/navigation";
import type { Db } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, canChangePlanYear } from "@/lib/auth/permissions";
import { visiblePlanYears } from "@/lib/auth/plan-years";

/**
 * The year a plan page works on (?year=) and the years to choose from: every year the user may
 * see, newest first (a year in preparation only for its editors: visiblePlanYears). The default
 * is the latest year for an admin, for a planner the latest year they may change, else the latest
 * one. `editable` says whether a save of the year's plan would be accepted (canChangePlanYear):
 * the pages show their forms only then, the plan read-only otherwise. A planner asking for a year
 * they may not see gets the forbidden page, as for a year that does not exist.
 */
export async function adminYear(
  db: Db,
  user: CurrentUser,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
) {
  const years = visiblePlanYears(db, user)
    .map((p) => ({ year: p.year, status: p.status, plannersMayEdit: p.plannersMayEdit }))
    .reverse();
  if (years.length === 0) redirect("/forbidden");
  const administers = can(user, "plan.administer");
  const raw = (await searchParams).year;
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  const fallback = administers ? years[0] : (years.find((y) => canChangePlanYear(user, y)) ?? years[0]);
  const chosen = years.find((y) => y.year === asked) ?? fallback;
  if (Number.isFinite(asked) && raw !== undefined && chosen.year !== asked && !administers) redirect("/forbidden");
  return { year: chosen.year, status: chosen.status, editable: canChangePlanYear(user, chosen), years };
}
