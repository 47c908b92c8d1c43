import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { indicatorAssignments, indicatorValues, indicators, valueRevisions } from "@/db/schema";
import { DomainError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { decimalStringFromScaled, formatViNumber, fromScaled } from "@/lib/numbers";
import { monthPeriod, type PeriodCode } from "@/lib/periods";
import { isEditable, lockedMessage } from "@/lib/workflow/transitions";
import { periodAllowedInMonth } from "./periods-for-month";
import type { SaveValuesInput } from "./schemas";
import { ensureSubmission, requireOpenYear } from "./submission-row";

export interface SubmissionKey {
  departmentId: number;
  year: number;
  month: number;
}

export interface StoredItem {
  indicator: string;
  period: PeriodCode;
  value: number;
  status: string;
  note: string | null;
  version: number;
  changed: boolean;
}

/** A version conflict: someone else saved the value since the client loaded it. */
export interface Conflict {
  index: number;
  indicator: string;
  period: PeriodCode;
  currentValue: number;
  currentVersion: number;
  updatedBy: number | null;
  updatedAt: string;
}

export class ConflictError extends DomainError {
  constructor(public readonly conflicts: Conflict[]) {
    super(409, "Số liệu đã được người khác thay đổi trong lúc bạn sửa; hãy xem giá trị mới rồi lưu lại", Object.fromEntries(conflicts.map((c) => [`values.${c.index}.value`, `Người khác đã lưu giá trị ${formatViNumber(c.currentValue, 4)}`])), conflicts);
  }
}

/**
 * Saves a month's figures all-or-nothing: the month must be open for editing, every item
 * must name an indicator of the department for that year and a period the month may carry,
 * and no item may have changed since the client saw it. Each change keeps a revision and an
 * audit entry, in the caller's transaction.
 */
export function saveValues(tx: Tx, userId: number, key: SubmissionKey, input: SaveValuesInput, reason?: string): StoredItem[] {
  requireOpenYear(tx, key.year);
  const submission = ensureSubmission(tx, key.departmentId, key.year, key.month);
  if (!isEditable(submission.state)) throw new DomainError(409, lockedMessage(submission.state));

  const codes = [...new Set(input.values.map((v) => v.indicator))];
  const assigned = tx
    .select({ id: indicators.id, code: indicators.code, retiredAt: indicators.retiredAt })
    .from(indicators)
    .innerJoin(indicatorAssignments, and(eq(indicatorAssignments.indicatorId, indicators.id), eq(indicatorAssignments.year, key.year), eq(indicatorAssignments.departmentId, key.departmentId)))
    .where(inArray(indicators.code, codes))
    .all();
  const idOf = new Map(assigned.map((a) => [a.code, a.id]));

  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  input.values.forEach((item, index) => {
    const period = item.period ?? monthPeriod(key.month);
    if (!idOf.has(item.indicator)) errors[`values.${index}.indicator`] = `Chỉ tiêu "${item.indicator}" không thuộc đơn vị trong kế hoạch năm ${key.year}`;
    else if (!periodAllowedInMonth(period, key.month)) errors[`values.${index}.period`] = `Kỳ ${period} không nhập được trong báo cáo tháng ${key.month}`;
    const slot = `${item.indicator}:${period}`;
    if (seen.has(slot)) errors[`values.${index}.period`] = `Chỉ tiêu "${item.indicator}" kỳ ${period} bị nhập hai lần`;
    seen.add(slot);
  });
  if (Object.keys(errors).length > 0) throw new DomainError(422, Object.values(errors)[0], errors);

  const current = tx
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.year, key.year), inArray(indicatorValues.indicatorId, [...idOf.values()])))
    .all();
  const currentOf = new Map(current.map((c) => [`${c.indicatorId}:${c.period}`, c]));

  const conflicts: Conflict[] = [];
  input.values.forEach((item, index) => {
    const period = item.period ?? monthPeriod(key.month);
    const existing = currentOf.get(`${idOf.get(item.indicator)}:${period}`);
    const seenVersion = item.version ?? existing?.version ?? 0;
    if ((existing?.version ?? 0) !== seenVersion) {
      conflicts.push({ index, indicator: item.indicator, period, currentValue: fromScaled(existing!.value), currentVersion: existing!.version, updatedBy: existing!.updatedBy, updatedAt: existing!.updatedAt });
    }
  });
  if (conflicts.length > 0) throw new ConflictError(conflicts);

  const now = new Date().toISOString();
  return input.values.map((item) => {
    const period = item.period ?? monthPeriod(key.month);
    const indicatorId = idOf.get(item.indicator)!;
    const existing = currentOf.get(`${indicatorId}:${period}`);
    const note = item.note ? item.note : null;
    if (existing && existing.value === item.value && existing.status === item.status && (existing.note ?? null) === note) {
      return { indicator: item.indicator, period, value: fromScaled(existing.value), status: existing.status, note, version: existing.version, changed: false };
    }
    const version = (existing?.version ?? 0) + 1;
    const fields = { value: item.value, status: item.status, note, version, month: key.month, departmentId: key.departmentId, derived: false, updatedBy: userId, updatedAt: now };
    const valueId = existing
      ? (tx.update(indicatorValues).set(fields).where(eq(indicatorValues.id, existing.id)).run(), existing.id)
      : tx.insert(indicatorValues).values({ indicatorId, year: key.year, period, ...fields }).returning({ id: indicatorValues.id }).get().id;
    tx.insert(valueRevisions).values({ valueId, version, value: item.value, status: item.status, note, reason: reason ?? null, changedBy: userId, changedAt: now }).run();
    writeAudit(tx, {
      userId,
      action: existing ? "value_update" : "value_create",
      entity: "value",
      entityId: valueId,
      before: existing ? { value: decimalStringFromScaled(existing.value), status: existing.status, note: existing.note, version: existing.version } : null,
      after: { indicator: item.indicator, year: key.year, period, value: decimalStringFromScaled(item.value), status: item.status, note, version },
      reason,
    });
    return { indicator: item.indicator, period, value: fromScaled(item.value), status: item.status, note, version, changed: true };
  });
}
