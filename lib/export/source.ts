import "server-only";
import type { Db } from "@/db/client";
import { generateDraft } from "@/lib/draft/generate";
import { draftVersionInfo, loadDraftVersion } from "@/lib/draft/versions";
import type { DraftDocument } from "@/lib/draft/model";
import type { PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/db/schema/vocabulary";
import type { ExportOrigin } from "./filename";

export interface ExportSourceRequest {
  year: number;
  period: PeriodCode;
  counting: CountingMode;
  /** a saved draft version's id (`?version=`) */
  version?: string;
}

/** The document an export renders and where it comes from (the file is named after it). */
export interface ExportSource {
  draft: DraftDocument;
  origin: ExportOrigin;
}

/**
 * The draft báo cáo an export renders: with `?version=<id>`, THAT saved version's document as
 * the editor saved it (it must belong to this year and period; its edits, its subject and its
 * biểu tổng hợp, never the data of today), else the draft generated from the figures that count.
 * Null when there is no such version (the route answers 404).
 */
export function exportSource(db: Db, request: ExportSourceRequest): ExportSource | null {
  if (request.version === undefined) {
    return {
      draft: generateDraft(db, { year: request.year, period: request.period, counting: request.counting }),
      origin: { kind: "generated" },
    };
  }
  const id = Number(request.version);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const info = draftVersionInfo(db, id);
  if (!info || info.year !== request.year || info.period !== request.period) return null;
  const saved = loadDraftVersion(db, id);
  return saved ? { draft: saved, origin: { kind: "version", number: info.number } } : null;
}
