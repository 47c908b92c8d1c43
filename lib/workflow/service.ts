import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { submissions, type Role, type SubmissionState } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { monthWarnings } from "@/lib/entry/month-checks";
import type { SubmissionKey } from "@/lib/entry/save-values";
import { ensureSubmission, requireOpenYear } from "@/lib/entry/submission-row";
import { TRANSITIONS, checkTransition, type WorkflowAction } from "./transitions";

export interface Actor {
  id: number;
  role: Role;
  departmentId: number | null;
}

/** Moves a department's month through the workflow, with its audit entry, in the caller's transaction. */
export function transitionSubmission(
  tx: Tx,
  actor: Actor,
  key: SubmissionKey,
  action: WorkflowAction,
  reason?: string,
  fields?: string[],
): { state: SubmissionState } {
  const { permission, refusal } = TRANSITIONS[action];
  if (!can(actor, permission)) throw new DomainError(403, refusal);
  if (!can(actor, permission, key.departmentId)) throw new DomainError(403, "Chỉ được gửi báo cáo của đơn vị mình");
  requireOpenYear(tx, key.year);
  const submission = ensureSubmission(tx, key.departmentId, key.year, key.month);
  const check = checkTransition(action, submission.state, reason);
  if (!check.ok)
    throw new DomainError(check.status, check.error, check.status === 422 ? { reason: check.error } : undefined);
  if (action === "submit") {
    const unexplained = monthWarnings(tx, key).filter((w) => !w.hasNote);
    if (unexplained.length > 0) {
      const fieldErrors = Object.fromEntries(
        unexplained.map((w) => [w.indicator, `${w.warnings.join("; ")}: cần ghi chú giải trình`]),
      );
      throw new DomainError(
        422,
        `Cần ghi chú giải trình cho ${unexplained.length} số liệu bất thường trước khi gửi: ${unexplained.map((w) => w.name).join(", ")}`,
        fieldErrors,
      );
    }
  }
  const now = new Date().toISOString();
  const review =
    action === "submit" ? { submittedBy: actor.id, submittedAt: now } : { reviewedBy: actor.id, reviewedAt: now };
  const returnReason =
    action === "return" || action === "reopen" ? reason!.trim() : action === "approve" ? null : submission.returnReason;
  tx.update(submissions)
    .set({
      state: check.to,
      ...review,
      returnReason,
      returnFields: action === "return" ? (fields ?? []) : action === "approve" ? null : submission.returnFields,
      version: submission.version + 1,
      // sent: the officer's "entered" mark has done its job (lib/workflow/ready.ts)
      ...(action === "submit" ? { readyAt: null, readyBy: null } : {}),
    })
    .where(eq(submissions.id, submission.id))
    .run();
  writeAudit(tx, {
    userId: actor.id,
    action: `submission_${action}`,
    entity: "submission",
    entityId: submission.id,
    before: { state: submission.state },
    after: {
      state: check.to,
      departmentId: key.departmentId,
      year: key.year,
      month: key.month,
      ...(fields?.length ? { fields } : {}),
    },
    reason: reason ?? null,
  });
  return { state: check.to };
}
