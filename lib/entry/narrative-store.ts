import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { narratives } from "@/db/schema";
import type { SubmissionKey } from "./save-values";

export interface NarrativeView {
  highlights: string;
  difficulties: string;
  tasks: string;
  /** 0 when none was saved yet: send it back as `version` to save the first one */
  version: number;
  updatedAt: string | null;
}

/** A department's narrative of a month (empty texts, version 0, when none was saved). */
export function readNarrative(db: Db | Tx, key: SubmissionKey): NarrativeView {
  const row = db
    .select()
    .from(narratives)
    .where(
      and(
        eq(narratives.departmentId, key.departmentId),
        eq(narratives.year, key.year),
        eq(narratives.month, key.month),
      ),
    )
    .get();
  return {
    highlights: row?.highlights ?? "",
    difficulties: row?.difficulties ?? "",
    tasks: row?.tasks ?? "",
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
  };
}
