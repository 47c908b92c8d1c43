import "server-only";
import { redirect } from "next/navigation";
import { desc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planYears } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, canEditPlanYear } from "@/lib/auth/permissions";

/**
 * The year an admin page works on (?year=, default the latest, drafts included) and the years to
 * choose from; for a planner only the years an admin opened to planners, else the forbidden page.
 */
export async function adminYear(
  db: Db,
  user: CurrentUser,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
) {
  const all = db
    .select({ year: planYears.year, status: planYears.status, plannersMayEdit: planYears.plannersMayEdit })
    .from(planYears)
    .orderBy(desc(planYears.year))
    .all();
  const administers = can(user, "plan.administer");
  const years = administers ? all : all.filter((y) => canEditPlanYear(user, y) && y.status !== "closed");
  if (years.length === 0) redirect("/forbidden");
  const raw = (await searchParams).year;
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  const chosen = years.find((y) => y.year === asked) ?? years[0];
  if (Number.isFinite(asked) && raw !== undefined && chosen.year !== asked && !administers) redirect("/forbidden");
  return { year: chosen.year, status: chosen.status, years };
}
