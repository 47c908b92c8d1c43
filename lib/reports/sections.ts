import "server-only";
import type { Db } from "@/db/client";
import { reportSections } from "@/db/schema";
import { sortByOutline } from "@/lib/catalogue/outline";

/** Report sections in outline order (I, I.1, …), figure-bearing ones. */
export function listSections(db: Db) {
  return sortByOutline(db.select().from(reportSections).all()).filter((s) => !s.narrativeOnly);
}
