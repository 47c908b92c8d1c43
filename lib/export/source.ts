import "server-only";
import type { Db } from "@/db/client";
import { generateDraft } from "@/lib/draft/generate";
import { loadDraftVersion } from "@/lib/draft/versions";
import type { DraftDocument } from "@/lib/draft/model";
import type { PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/db/schema/vocabulary";

export interface ExportSourceRequest {
  year: number;
  period: PeriodCode;
  counting: CountingMode;
  /** a saved draft version's id (`?version=`) */
  version?: string;
}

/**
 * The draft báo cáo an export renders: a saved version of the editor (`?version=<id>`, which
 * must belong to this year and period), else the draft generated from the figures that count.
 * Null when there is no such version (the route answers 404).
 */
export function exportSource(db: Db, request: ExportSourceRequest): DraftDocument | null {
  if (request.version === undefined) return generateDraft(db, { year: request.year, period: request.period, counting: request.counting });
  const id = Number(request.version);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const saved = loadDraftVersion(db, id);
  return saved && saved.year === request.year && saved.period === request.period ? saved : null;
}
