import "server-only";
import type { Db } from "@/db/client";
import { loadOutline } from "@/lib/draft/outline";

/** The report sections a result item may belong to: the outline's sections that take figures, in reading order. */
export function resultSections(db: Db): { code: string; title: string }[] {
  return loadOutline(db)
    .filter((s) => !s.narrativeOnly)
    .map((s) => ({ code: s.code, title: s.title }));
}
