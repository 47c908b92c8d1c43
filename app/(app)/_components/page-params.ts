import type { Db } from "@/db/client";
import { reportParams } from "@/lib/reports/report-params";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The ?year= of a page, limited to existing plan years (default: the latest). */
export async function pickYear(db: Db, searchParams: SearchParams): Promise<{ year: number; years: number[] }> {
  const { year, years } = reportParams(db, await searchParams);
  return { year, years };
}
