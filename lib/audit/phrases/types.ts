/**
 * What the audit log's phrase builders read and give (lib/audit/phrases/index.ts): an entry as
 * stored, the names its codes and ids stand for, and the sentence with its before/after values.
 */

/** An audit_log row as stored: before and after are the JSON the writer gave (anything, or null). */
export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export interface IndicatorName {
  name: string;
  unit: string;
  precision: number;
}

/** The names behind the codes and ids an entry holds; undefined when the thing is gone (the code is shown then). */
export interface AuditNames {
  indicator(code: string): IndicatorName | undefined;
  department(idOrCode: number | string): string | undefined;
  user(id: number): { username: string; fullName: string } | undefined;
  submission(id: number): { departmentId: number; year: number; month: number } | undefined;
  section(code: string): string | undefined;
}

/** One value that changed: "Kim ngạch xuất khẩu (triệu USD)": "12,5" → "13,0". */
export interface AuditChange {
  label: string;
  before: string | null;
  after: string | null;
}

/**
 * An entry in words: `subject` (who, "Nguyễn Văn A (Sở Công Thương)"; null when the sentence
 * has none and `text` starts with a capital) and `text` ("đã gửi báo cáo tháng 10/2024"), then
 * the values it changed.
 */
export interface AuditPhrase {
  subject: string | null;
  text: string;
  changes: AuditChange[];
}

export interface PhraseContext {
  /** who did it, as the sentence names them: "Nguyễn Văn A (Sở Công Thương)"; "Hệ thống" for the system */
  actor: string;
  /** whether the entry names a user (false: the system, or a sign-in attempt under an unknown name) */
  actorKnown: boolean;
  /** the actor's department, so "của Sở Công Thương" is left out of their own department's entries */
  actorDepartmentId: number | null;
  names: AuditNames;
}

export type PhraseBuilder = (entry: AuditRecord, context: PhraseContext) => AuditPhrase;
