import type { Tx } from "@/db/client";
import { rawClient } from "@/db/raw";
import { ConflictError, DomainError } from "@/lib/errors";
import { decimalStringFromScaled, formatViNumber, fromScaled } from "@/lib/numbers";
import { monthPeriod, type PeriodCode } from "@/lib/periods";
import { isEditable, lockedMessage } from "@/lib/workflow/transitions";
import { periodAllowedInMonth } from "./periods-for-month";
import type { SaveValuesInput } from "./schemas";
import { ensureSubmission, requireOpenYear } from "./submission-row";
import {
  assignedIndicators,
  currentValue,
  insertAudit,
  insertRevision,
  upsertValue,
  type ValueWrite,
} from "./value-store";

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

/** The refusal of a save that met conflicts (409), each with what the other person stored. */
function valueConflict(conflicts: Conflict[]): ConflictError<Conflict> {
  return new ConflictError(
    "Số liệu đã được người khác thay đổi trong lúc bạn sửa; hãy xem giá trị mới rồi lưu lại",
    Object.fromEntries(
      conflicts.map((c) => [
        `values.${c.index}.value`,
        `Người khác đã lưu giá trị ${formatViNumber(c.currentValue, 4)}`,
      ]),
    ),
    conflicts,
  );
}

/**
 * Saves a month's figures all-or-nothing: the month must be open for editing, every item
 * must name an indicator of the department for that year and a period the month may carry,
 * and no item may have changed since the client saw it. Each change keeps a revision, and the
 * save one audit entry listing every change, in the caller's transaction.
 */
export function saveValues(
  tx: Tx,
  userId: number,
  key: SubmissionKey,
  input: SaveValuesInput,
  reason?: string,
): StoredItem[] {
  requireOpenYear(tx, key.year);
  const submission = ensureSubmission(tx, key.departmentId, key.year, key.month);
  if (!isEditable(submission.state)) throw new DomainError(409, lockedMessage(submission.state));

  const client = rawClient(tx);
  const idOf = assignedIndicators(client, key.year, key.departmentId);

  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  input.values.forEach((item, index) => {
    const period = item.period ?? monthPeriod(key.month);
    if (!idOf.has(item.indicator))
      errors[`values.${index}.indicator`] =
        `Chỉ tiêu "${item.indicator}" không thuộc đơn vị trong kế hoạch năm ${key.year}`;
    else if (!periodAllowedInMonth(period, key.month))
      errors[`values.${index}.period`] = `Kỳ ${period} không nhập được trong báo cáo tháng ${key.month}`;
    const slot = `${item.indicator}:${period}`;
    if (seen.has(slot)) errors[`values.${index}.period`] = `Chỉ tiêu "${item.indicator}" kỳ ${period} bị nhập hai lần`;
    seen.add(slot);
  });
  if (Object.keys(errors).length > 0) throw new DomainError(422, Object.values(errors)[0], errors);

  const planned = input.values.map((item, index) => {
    const period = item.period ?? monthPeriod(key.month);
    const indicatorId = idOf.get(item.indicator)!;
    const existing = currentValue(client, indicatorId, key.year, period);
    const note = item.note ? item.note : null;
    const unchanged =
      existing !== undefined &&
      existing.value === item.value &&
      existing.status === item.status &&
      (existing.note ?? null) === note;
    return { index, item, period, indicatorId, existing, note, unchanged };
  });

  const conflicts: Conflict[] = planned
    .filter((p) => p.item.version !== undefined && (p.existing?.version ?? 0) !== p.item.version)
    .map((p) => ({
      index: p.index,
      indicator: p.item.indicator,
      period: p.period,
      currentValue: fromScaled(p.existing!.value),
      currentVersion: p.existing!.version,
      updatedBy: p.existing!.updated_by,
      updatedAt: p.existing!.updated_at,
    }));
  if (conflicts.length > 0) throw valueConflict(conflicts);

  const at = new Date().toISOString();
  const before: AuditedValue[] = [];
  const after: AuditedValue[] = [];
  const stored = planned.map((p) => {
    if (p.unchanged) {
      return {
        indicator: p.item.indicator,
        period: p.period,
        value: fromScaled(p.existing!.value),
        status: p.existing!.status,
        note: p.note,
        version: p.existing!.version,
        changed: false,
      };
    }
    const write: ValueWrite = {
      indicatorId: p.indicatorId,
      year: key.year,
      period: p.period,
      month: key.month,
      departmentId: key.departmentId,
      value: p.item.value,
      status: p.item.status,
      note: p.note,
      version: (p.existing?.version ?? 0) + 1,
      userId,
      at,
    };
    const valueId = upsertValue(client, write);
    insertRevision(client, valueId, write, reason ?? null);
    if (p.existing)
      before.push({
        valueId,
        indicator: p.item.indicator,
        period: p.period,
        value: decimalStringFromScaled(p.existing.value),
        status: p.existing.status,
        note: p.existing.note,
        version: p.existing.version,
      });
    after.push({
      valueId,
      indicator: p.item.indicator,
      period: p.period,
      value: decimalStringFromScaled(p.item.value),
      status: p.item.status,
      note: p.note,
      version: write.version,
    });
    return {
      indicator: p.item.indicator,
      period: p.period,
      value: fromScaled(p.item.value),
      status: p.item.status,
      note: p.note,
      version: write.version,
      changed: true,
    };
  });
  // one audit entry per save, naming every value it changed with its figure before and after
  // (each value's own history is its revisions): 40 audit rows per save were a third of its time
  if (after.length > 0) {
    insertAudit(client, {
      userId,
      action: "values_save",
      entity: "submission",
      entityId: String(submission.id),
      before: before.length > 0 ? { year: key.year, month: key.month, values: before } : null,
      after: { year: key.year, month: key.month, values: after },
      reason: reason ?? null,
      at,
    });
  }
  return stored;
}

/** A value as a save's audit entry records it (figures as exact decimal strings). */
export interface AuditedValue {
  valueId: number;
  indicator: string;
  period: PeriodCode;
  value: string;
  status: string;
  note: string | null;
  version: number;
}
