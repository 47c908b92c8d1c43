import type { Db } from "@/db/client";
import { defaultPlanYear, listPlanYears } from "@/lib/catalogue/queries";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The ?year= of a page, limited to existing plan years (default: the latest). */
export async function pickYear(db: Db, searchParams: SearchParams): Promise<{ year: number; years: number[] }> {
  const years = listPlanYears(db).map((y) => y.year);
  const raw = (await searchParams).year;
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  return { year: years.includes(asked) ? asked : defaultPlanYear(db), years };
}
