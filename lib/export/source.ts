import "server-only";
import type { Db } from "@/db/client";
import { generateDraft } from "@/lib/draft/generate";
import type { DraftDocument } from "@/lib/draft/model";
import type { PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/lib/reports/entries";

export interface ExportSourceRequest {
  year: number;
  period: PeriodCode;
  counting: CountingMode;
  /** a saved draft version's id (`?version=`) */
  version?: string;
}

/**
 * The draft báo cáo an export renders.
 *
 * For now every request, with or without `version`, exports the draft generated from the
 * figures that count. The lead wires `version` to the saved draft versions of the editor
 * (`lib/draft/versions*`) later: look the version up (checking it belongs to this year and
 * period), return its DraftDocument, and return null when there is no such version so the
 * route answers 404.
 */
export function exportSource(db: Db, request: ExportSourceRequest): DraftDocument | null {
  return generateDraft(db, { year: request.year, period: request.period, counting: request.counting });
}
