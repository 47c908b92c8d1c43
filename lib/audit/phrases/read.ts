import { formatViNumber } from "@/lib/numbers";
import { decimalsOf } from "@/lib/numbers/decimal";
import type { AuditChange, AuditPhrase, IndicatorName, PhraseContext } from "./types";

/**
 * Reading an entry's JSON safely (an old entry may lack a field) and writing its values the
 * way the pages do: Vietnamese numbers, quoted text, "có"/"không".
 */

export type Json = Record<string, unknown>;

export const obj = (v: unknown): Json => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | null =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
export const int = (v: unknown): number | null => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/** "Nguyễn Văn A đã …": the sentence's subject is the actor. */
export const did = (context: PhraseContext, text: string, changes: AuditChange[] = []): AuditPhrase => ({
  subject: context.actor,
  text,
  changes,
});

/** A text value in a sentence or a change, cut at `max` characters. */
export function quote(text: unknown, max = 120): string {
  const s = (str(text) ?? "").replace(/\s+/g, " ").trim();
  return `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;
}

export const yesNo = (v: unknown): string => (v ? "có" : "không");

/**
 * A figure as stored in an entry (a decimal string "12.5" or a number) at the indicator's
 * precision, never hiding a decimal that was typed: "12,5", "13,0", "1.250".
 */
export function figure(value: unknown, precision = 0): string | null {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  if (!Number.isFinite(n)) return null;
  return formatViNumber(n, Math.max(precision, decimalsOf(n)), { fixed: true });
}

/** An indicator as a sentence names it: its name, or its code when it is gone. */
export function indicatorName(context: PhraseContext, code: unknown): string {
  const c = str(code) ?? "?";
  return context.names.indicator(c)?.name ?? c;
}

export function indicatorInfo(context: PhraseContext, code: unknown): IndicatorName & { code: string } {
  const c = str(code) ?? "?";
  return { code: c, ...(context.names.indicator(c) ?? { name: c, unit: "", precision: 0 }) };
}

/** A department by id or code: its name, or what the entry holds when it is gone. */
export function departmentName(context: PhraseContext, ref: unknown): string {
  const key = typeof ref === "number" ? ref : (str(ref) ?? "?");
  return context.names.department(key) ?? `đơn vị ${key}`;
}

/** " của Sở Công Thương", left out when it is the actor's own department. */
export function ofDepartment(context: PhraseContext, departmentId: number | null): string {
  if (departmentId === null || departmentId === context.actorDepartmentId) return "";
  return ` của ${departmentName(context, departmentId)}`;
}

/** A user an entry names: "Nguyễn Văn A (nva.sct)", or what the entry holds. */
export function userName(context: PhraseContext, id: unknown, fallback?: unknown): string {
  const user = int(id) !== null ? context.names.user(int(id)!) : undefined;
  if (user) return `${user.fullName} (${user.username})`;
  return str(fallback) ?? `#${str(id) ?? "?"}`;
}

/** The changes between two objects, for the fields given with their labels and how to write them. */
export function fieldChanges(
  before: unknown,
  after: unknown,
  fields: [key: string, label: string, write?: (v: unknown) => string | null][],
): AuditChange[] {
  const b = obj(before);
  const a = obj(after);
  return fields
    .filter(([key]) => JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null))
    .map(
      ([
        key,
        label,
        write = (v) => (v === null || v === undefined || v === "" ? null : (str(v) ?? JSON.stringify(v))),
      ]) => ({
        label,
        before: write(b[key] ?? null),
        after: write(a[key] ?? null),
      }),
    );
}
