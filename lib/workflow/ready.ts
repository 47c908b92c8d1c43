import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { submissions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { DomainError } from "@/lib/errors";
import type { SubmissionKey } from "@/lib/entry/save-values";
import { ensureSubmission, requireOpenYear } from "@/lib/entry/submission-row";
import { isEditable } from "./transitions";
import type { Actor } from "./service";

/**
 * An officer tells the department's head that the month is entered (issue 16): the month keeps
 * its state, the head is notified (lib/notifications) until someone sends it. Only a month
 * still being prepared (draft or returned) can be marked; marking it again refreshes the time.
 */
export function markSubmissionReady(tx: Tx, actor: Actor, key: SubmissionKey): { readyAt: string; version: number } {
  requireOpenYear(tx, key.year);
  const submission = ensureSubmission(tx, key.departmentId, key.year, key.month);
  if (!isEditable(submission.state))
    throw new DomainError(409, "Báo cáo tháng này đã gửi hoặc đã duyệt; không cần báo nhập xong");
  const readyAt = new Date().toISOString();
  const version = submission.version + 1;
  tx.update(submissions).set({ readyAt, readyBy: actor.id, version }).where(eq(submissions.id, submission.id)).run();
  writeAudit(tx, {
    userId: actor.id,
    action: "submission_ready",
    entity: "submission",
    entityId: submission.id,
    before: { state: submission.state },
    after: { state: submission.state, departmentId: key.departmentId, year: key.year, month: key.month },
    reason: null,
  });
  return { readyAt, version };
}
