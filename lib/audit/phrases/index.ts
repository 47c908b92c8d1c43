import { ROLE_LABELS } from "@/lib/vocabulary/labels";
import type { Role } from "@/db/schema/vocabulary";
import { ACCESS_PHRASES } from "./access";
import { DRAFT_PHRASES } from "./draft";
import { ENTRY_PHRASES } from "./entry";
import { PLAN_PHRASES } from "./plan";
import type { AuditNames, AuditPhrase, AuditRecord, PhraseBuilder } from "./types";

export type { AuditChange, AuditNames, AuditPhrase, AuditRecord } from "./types";

/**
 * The audit log in words (issue 16 point 7): one phrase builder per action written anywhere
 * in the code ("Nguyễn Văn A (Sở Công Thương) đã gửi báo cáo tháng 10/2024"), with the values
 * it changed before and after. tests/unit/audit-phrases-inventory.test.ts fails when an
 * action is written without a builder here.
 */
export const AUDIT_PHRASES: Readonly<Record<string, PhraseBuilder>> = {
  ...ACCESS_PHRASES,
  ...ENTRY_PHRASES,
  ...PLAN_PHRASES,
  ...DRAFT_PHRASES,
};

/** Who did it, as the sentence names them. */
export interface AuditActor {
  fullName: string;
  role: Role;
  departmentId: number | null;
  departmentName: string | null;
}

/** "Nguyễn Văn A (Sở Công Thương)"; a user without a department by their role; "Hệ thống" for none. */
export function actorText(actor: AuditActor | null): string {
  if (!actor) return "Hệ thống";
  const where = actor.departmentName ?? ROLE_LABELS[actor.role];
  return where && where !== actor.fullName ? `${actor.fullName} (${where})` : actor.fullName;
}

/** An entry in words; an action without a builder (an old or a test entry) still gets a sentence. */
export function describeAudit(entry: AuditRecord, actor: AuditActor | null, names: AuditNames): AuditPhrase {
  const context = {
    actor: actorText(actor),
    actorKnown: actor !== null,
    actorDepartmentId: actor?.departmentId ?? null,
    names,
  };
  const builder = AUDIT_PHRASES[entry.action];
  if (builder) return builder(entry, context);
  return { subject: context.actor, text: `đã thực hiện một thao tác khác (mã ${entry.action})`, changes: [] };
}

/** The whole sentence as one string (tests, titles): subject and text. */
export function auditSentence(phrase: AuditPhrase): string {
  return phrase.subject ? `${phrase.subject} ${phrase.text}` : phrase.text;
}
