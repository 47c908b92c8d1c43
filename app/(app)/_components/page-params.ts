import type { Db } from "@/db/client";
import type { PermissionHolder } from "@/lib/auth/permissions";
import { reportParams } from "@/lib/reports/report-params";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The ?year= of a page, limited to the plan years the user may see (default: the latest open or closed one). */
export async function pickYear(
  db: Db,
  searchParams: SearchParams,
  user: PermissionHolder,
): Promise<{ year: number; years: number[] }> {
  const { year, years } = reportParams(db, await searchParams, user);
  return { year, years };
}
