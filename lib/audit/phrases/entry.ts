import { isPeriodCode, monthPeriod, periodShortLabel } from "@/lib/periods";
import { itemSentence } from "@/lib/results/text";
import { scaledFromDecimalString } from "@/lib/numbers/decimal";
import { VALUE_STATUS_LABELS, lowerLabel } from "@/lib/vocabulary/labels";
import type { ValueStatus } from "@/db/schema/vocabulary";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/workflow/transitions";
import {
  departmentName,
  did,
  figure,
  indicatorInfo,
  indicatorName,
  int,
  list,
  obj,
  ofDepartment,
  quote,
  str,
  type Json,
} from "./read";
import type { AuditChange, PhraseBuilder, PhraseContext } from "./types";

/** A department's month: the workflow, its values, its narrative and its result items. */

const monthText = (year: unknown, month: unknown) => `tháng ${str(month) ?? "?"}/${str(year) ?? "?"}`;

const WORKFLOW_VERBS: Record<WorkflowAction, string> = {
  submit: "gửi",
  approve: "duyệt",
  return: "trả lại",
  reopen: "mở lại để sửa",
};

const workflow =
  (action: WorkflowAction): PhraseBuilder =>
  (entry, context) => {
    const after = obj(entry.after);
    const departmentId = int(after.departmentId);
    const verb = WORKFLOW_VERBS[action];
    const text =
      action === "reopen"
        ? `đã mở lại báo cáo ${monthText(after.year, after.month)}${ofDepartment(context, departmentId)} để sửa`
        : `đã ${verb} báo cáo ${monthText(after.year, after.month)}${ofDepartment(context, departmentId)}`;
    const fields = list(after.fields).map((code) => indicatorName(context, code));
    return did(
      context,
      text,
      fields.length ? [{ label: "Số liệu cần sửa", before: null, after: fields.join("; ") }] : [],
    );
  };

/** submission_ready: an officer told the head that the month is entered (lib/workflow/ready.ts). */
const submissionReady: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  return did(
    context,
    `đã báo lãnh đạo đơn vị: số liệu ${monthText(after.year, after.month)}${ofDepartment(context, int(after.departmentId))} đã nhập xong, chờ gửi`,
    [],
  );
};

const status = (v: unknown) =>
  typeof v === "string" && v in VALUE_STATUS_LABELS ? lowerLabel(VALUE_STATUS_LABELS[v as ValueStatus]) : null;

function valueText(value: Json | undefined, precision: number, withStatus: boolean): string | null {
  if (!value) return null;
  const number = figure(value.value, precision);
  return withStatus && status(value.status) ? `${number} (${status(value.status)})` : number;
}

/** values_save: one value in the sentence ("đã sửa chỉ tiêu X tháng 10/2024: 12,5 → 13,0"), several as changes. */
const valuesSave: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const befores = list(obj(entry.before).values).map(obj);
  const submission = int(entry.entityId) !== null ? context.names.submission(int(entry.entityId)!) : undefined;
  const where = `${monthText(after.year, after.month)}${ofDepartment(context, submission?.departmentId ?? null)}`;
  const ownPeriod =
    int(after.month) !== null && int(after.month)! >= 1 && int(after.month)! <= 12
      ? monthPeriod(int(after.month)!)
      : null;
  const changes: AuditChange[] = list(after.values)
    .map(obj)
    .flatMap((value) => {
      const before = befores.find(
        (b) =>
          (b.valueId !== undefined && b.valueId === value.valueId) ||
          (b.indicator === value.indicator && b.period === value.period),
      );
      const info = indicatorInfo(context, value.indicator);
      const period = str(value.period);
      const periodText =
        period && period !== ownPeriod && isPeriodCode(period) ? `, ${lowerLabel(periodShortLabel(period))}` : "";
      const unit = info.unit ? ` (${info.unit}${periodText})` : periodText ? ` (${periodText.slice(2)})` : "";
      const statusChanged = before !== undefined && before.status !== value.status;
      const rows: AuditChange[] = [];
      const figureBefore = valueText(before, info.precision, statusChanged);
      const figureAfter = valueText(value, info.precision, statusChanged);
      if (!before || figureBefore !== figureAfter)
        rows.push({ label: `${info.name}${unit}`, before: figureBefore, after: figureAfter });
      if ((before?.note ?? null) !== (value.note ?? null))
        rows.push({
          label: `${info.name}: ghi chú`,
          before: before?.note ? quote(before.note) : null,
          after: value.note ? quote(value.note) : null,
        });
      return rows;
    });
  const values = list(after.values);
  if (values.length === 1 && changes.length === 1 && !changes[0].label.endsWith(": ghi chú")) {
    const [change] = changes;
    const name = indicatorName(context, obj(values[0]).indicator);
    const verb = change.before === null ? "nhập" : "sửa";
    const figures = change.before === null ? change.after : `${change.before} → ${change.after}`;
    const unit = indicatorInfo(context, obj(values[0]).indicator).unit;
    return did(context, `đã ${verb} chỉ tiêu ${name} ${where}: ${figures}${unit ? ` ${unit}` : ""}`);
  }
  return did(context, `đã lưu ${values.length} số liệu ${where}`, changes);
};

const NARRATIVE_FIELDS: [string, string][] = [
  ["highlights", "Kết quả nổi bật"],
  ["difficulties", "Khó khăn, hạn chế"],
  ["tasks", "Nhiệm vụ, giải pháp"],
];

/** narrative_save: entity id "department:year:month". */
const narrativeSave: PhraseBuilder = (entry, context) => {
  const [departmentId, year, month] = entry.entityId.split(":").map(Number);
  const before = obj(entry.before);
  const after = obj(entry.after);
  const changes = NARRATIVE_FIELDS.filter(([key]) => (before[key] ?? "") !== (after[key] ?? "")).map(
    ([key, label]) => ({
      label,
      before: before[key] ? quote(before[key]) : null,
      after: after[key] ? quote(after[key]) : null,
    }),
  );
  const verb = entry.before === null ? "viết" : "sửa";
  return did(
    context,
    `đã ${verb} thuyết minh ${monthText(year, month)}${ofDepartment(context, Number.isFinite(departmentId) ? departmentId : null)}`,
    changes,
  );
};

/** A result item as the báo cáo writes it, its figures in place ("Đã thành lập 03 cụm công nghiệp"). */
function itemText(item: Json): string {
  const text = str(item.text) ?? "";
  try {
    const figures = list(item.figures).map((f) => ({
      value: scaledFromDecimalString(str(obj(f).value) ?? "0"),
      unit: str(obj(f).unit) ?? "",
    }));
    return quote(itemSentence(text, figures) ?? text, 160);
  } catch {
    return quote(text, 160);
  }
}

const resultItem =
  (verb: string): PhraseBuilder =>
  (entry, context: PhraseContext) => {
    const item = obj(verb === "xóa" ? entry.before : entry.after);
    const before = obj(entry.before);
    const month =
      int(before.month ?? item.month) !== null
        ? ` ${monthText(before.year ?? item.year, before.month ?? item.month)}`
        : "";
    if (verb === "sửa")
      return did(context, `đã sửa một kết quả nổi bật`, [
        { label: "Nội dung", before: itemText(before), after: itemText(item) },
      ]);
    return did(context, `đã ${verb} kết quả nổi bật${month}: ${itemText(item)}`);
  };

/** reminder_sent: the system mailed a department's officer or head about a month due or overdue. */
const reminderSent: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const standing = obj(after.standing);
  const when =
    standing.kind === "overdue"
      ? `, đã quá hạn ${int(standing.daysLate) ?? "?"} ngày`
      : int(standing.daysLeft) === 0
        ? ", đến hạn hôm nay"
        : int(standing.daysLeft) !== null
          ? `, còn ${int(standing.daysLeft)} ngày đến hạn`
          : "";
  const to = int(after.userId) !== null ? context.names.user(int(after.userId)!) : undefined;
  const recipient = to ? `${to.fullName} (${str(after.to) ?? to.username})` : (str(after.to) ?? "?");
  return did(
    context,
    `đã gửi thư nhắc báo cáo ${monthText(after.year, after.month)} của ${departmentName(context, after.department)} tới ${recipient}${when}${after.recorded === false ? " (đã nhắc trong ngày, không ghi lại)" : ""}`,
  );
};

export const ENTRY_PHRASES: Record<string, PhraseBuilder> = {
  reminder_sent: reminderSent,
  ...Object.fromEntries(WORKFLOW_ACTIONS.map((action) => [`submission_${action}`, workflow(action)])),
  submission_ready: submissionReady,
  values_save: valuesSave,
  narrative_save: narrativeSave,
  result_create: resultItem("thêm"),
  result_update: resultItem("sửa"),
  result_delete: resultItem("xóa"),
};
