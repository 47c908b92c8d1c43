import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportSections } from "@/db/schema";

/** Report sections in outline order (I, I.1, …), figure-bearing ones. */
export function listSections(db: Db) {
  return db
    .select()
    .from(reportSections)
    .orderBy(asc(reportSections.id))
    .all()
    .filter((s) => !s.narrativeOnly);
}
