import type { Tx } from "@/db/client";
import { rawClient } from "@/db/raw";
import { ConflictError, DomainError } from "@/lib/errors";
import { decimalStringFromScaled, formatViNumber, fromScaled, percentFitsUnit } from "@/lib/numbers";
import { monthPeriod, periodShortLabel, type PeriodCode } from "@/lib/periods";
import { isEditable, lockedMessage } from "@/lib/workflow/transitions";
import { periodAllowedInMonth } from "./periods-for-month";
import type { ValueStatus } from "@/db/schema/vocabulary";
import { ensureSubmission, requireOpenYear } from "./submission-row";
import {
  assignedIndicators,
  currentValue,
  indicatorUnit,
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

/** One figure to save: `value` scaled, `percent` when it was typed with "%". */
export interface ValueItem {
  indicator: string;
  period?: PeriodCode;
  value: number;
  status: ValueStatus;
  note?: string;
  /** the version the client last saw (0: none stored yet) */
  version?: number;
  percent?: boolean;
}

export interface SaveValuesRequest {
  values: ValueItem[];
  /** items without a version may overwrite a stored value (the audit entry says forced) */
  force?: boolean;
}

/**
 * A version conflict: someone else saved the value since the client loaded it (`sentVersion`
 * older), or the client sent no version over a stored value (`sentVersion` null).
 */
export interface Conflict {
  index: number;
  indicator: string;
  period: PeriodCode;
  /** what is stored now (null: nothing) */
  currentValue: number | null;
  currentVersion: number;
  sentVersion: number | null;
  updatedBy: number | null;
  updatedAt: string | null;
}

const shownValue = (c: Conflict) => (c.currentValue === null ? "trống" : formatViNumber(c.currentValue, 4));

/** The refusal of a save that met conflicts (409), each naming the stored value and its version. */
function valueConflict(conflicts: Conflict[]): ConflictError<Conflict> {
  const first = conflicts[0];
  const message = conflicts.every((c) => c.sentVersion === null)
    ? `Số liệu đã có giá trị, lưu đè phải gửi kèm phiên bản (version) đang có: chỉ tiêu "${first.indicator}" kỳ ${first.period} đang là ${shownValue(first)} (phiên bản ${first.currentVersion})`
    : "Số liệu đã được người khác thay đổi trong lúc bạn sửa; hãy xem giá trị mới rồi lưu lại";
  return new ConflictError(
    message,
    Object.fromEntries(
      conflicts.map((c) => [
        `values.${c.index}.value`,
        c.sentVersion === null
          ? `Đã có giá trị ${shownValue(c)} (phiên bản ${c.currentVersion}); gửi kèm "version": ${c.currentVersion} để ghi đè`
          : `Người khác đã lưu giá trị ${shownValue(c)} (phiên bản ${c.currentVersion})`,
      ]),
    ),
    conflicts,
  );
}

/**
 * Saves a month's figures all-or-nothing: the month must be open for editing, every item
 * must name an indicator of the department for that year and a period the month may carry,
 * a figure typed with "%" must be of an indicator in per cent, and no item may have changed
 * since the client saw it: an item without a version over a stored value is refused too (409
 * naming the stored value and version) unless `force` is set. Each change keeps a revision,
 * and the save one audit entry listing every change, in the caller's transaction.
 */
export function saveValues(
  tx: Tx,
  userId: number,
  key: SubmissionKey,
  input: SaveValuesRequest,
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
      errors[`values.${index}.period`] =
        `Kỳ ${periodShortLabel(period)} (${period}) không nhập được trong báo cáo tháng ${key.month}`;
    else if (item.percent) {
      const unit = indicatorUnit(client, idOf.get(item.indicator)!);
      if (!percentFitsUnit(unit))
        errors[`values.${index}.value`] =
          `Chỉ tiêu "${item.indicator}" tính bằng ${unit || "số"}, không phải %: nhập giá trị không kèm dấu %`;
    }
    const slot = `${item.indicator}:${period}`;
    if (seen.has(slot))
      errors[`values.${index}.period`] = `Chỉ tiêu "${item.indicator}" kỳ ${periodShortLabel(period)} bị nhập hai lần`;
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

  // no version: a new value, the same figure again, or an overwrite asked for with `force`
  const stale = (p: (typeof planned)[number]) =>
    p.item.version === undefined
      ? p.existing !== undefined && !p.unchanged && !input.force
      : (p.existing?.version ?? 0) !== p.item.version;
  const conflicts: Conflict[] = planned.filter(stale).map((p) => ({
    index: p.index,
    indicator: p.item.indicator,
    period: p.period,
    currentValue: p.existing ? fromScaled(p.existing.value) : null,
    currentVersion: p.existing?.version ?? 0,
    sentVersion: p.item.version ?? null,
    updatedBy: p.existing?.updated_by ?? null,
    updatedAt: p.existing?.updated_at ?? null,
  }));
  if (conflicts.length > 0) throw valueConflict(conflicts);
  const forced = planned.some((p) => p.item.version === undefined && p.existing !== undefined && !p.unchanged);

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
      // forced: a value stored before was overwritten without the client naming its version
      after: { year: key.year, month: key.month, values: after, ...(forced ? { forced: true } : {}) },
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
