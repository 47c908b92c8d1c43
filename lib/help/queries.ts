import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planYears } from "@/db/schema";
import { PLAN_YEAR_DEFAULTS } from "@/db/schema/vocabulary";

/** The settings the guide quotes: the newest open plan year's, else the defaults of a new year. */
export function guideSettings(db: Db): {
  year: number | null;
  cutoffDay: number;
  dueDay: number;
  atRiskRatio: number;
  jumpFactor: number;
} {
  const open = db
    .select({
      year: planYears.year,
      cutoffDay: planYears.cutoffDay,
      dueDay: planYears.dueDay,
      atRiskRatio: planYears.atRiskRatio,
      jumpFactor: planYears.jumpFactor,
    })
    .from(planYears)
    .where(eq(planYears.status, "open"))
    .orderBy(desc(planYears.year))
    .get();
  return open ?? { year: null, ...PLAN_YEAR_DEFAULTS };
}
