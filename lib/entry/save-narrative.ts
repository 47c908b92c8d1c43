import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { narratives } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { isEditable, lockedMessage } from "@/lib/workflow/transitions";
import type { SubmissionKey } from "./save-values";
import { ensureSubmission, requireOpenYear } from "./submission-row";

export interface NarrativeInput {
  highlights: string;
  difficulties: string;
  tasks: string;
  version?: number;
}

/** Saves the month's narrative (stored as plain text, rendered escaped), refusing a stale version. */
export function saveNarrative(tx: Tx, userId: number, key: SubmissionKey, input: NarrativeInput): { version: number } {
  requireOpenYear(tx, key.year);
  const submission = ensureSubmission(tx, key.departmentId, key.year, key.month);
  if (!isEditable(submission.state)) throw new DomainError(409, lockedMessage(submission.state));
  const where = and(
    eq(narratives.departmentId, key.departmentId),
    eq(narratives.year, key.year),
    eq(narratives.month, key.month),
  );
  const existing = tx.select().from(narratives).where(where).get();
  if (input.version !== undefined && (existing?.version ?? 0) !== input.version) {
    throw new DomainError(
      409,
      "Phần thuyết minh đã được người khác sửa trong lúc bạn soạn; hãy tải lại để xem bản mới",
    );
  }
  const fields = { highlights: input.highlights, difficulties: input.difficulties, tasks: input.tasks };
  if (
    existing &&
    existing.highlights === fields.highlights &&
    existing.difficulties === fields.difficulties &&
    existing.tasks === fields.tasks
  ) {
    return { version: existing.version };
  }
  const version = (existing?.version ?? 0) + 1;
  const now = new Date().toISOString();
  if (existing)
    tx.update(narratives)
      .set({ ...fields, version, updatedBy: userId, updatedAt: now })
      .where(eq(narratives.id, existing.id))
      .run();
  else
    tx.insert(narratives)
      .values({ ...key, ...fields, version, updatedBy: userId, updatedAt: now })
      .run();
  writeAudit(tx, {
    userId,
    action: "narrative_save",
    entity: "narrative",
    entityId: `${key.departmentId}:${key.year}:${key.month}`,
    before: existing
      ? { highlights: existing.highlights, difficulties: existing.difficulties, tasks: existing.tasks }
      : null,
    after: fields,
  });
  return { version };
}
