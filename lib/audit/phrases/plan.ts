import {
  TARGET_SOURCE_LABELS,
  INDICATOR_KIND_LABELS,
  UNIT_KIND_LABELS,
  UNIT_KIND_PLURALS,
  lowerLabel,
} from "@/lib/vocabulary/labels";
import { formatTarget } from "@/lib/catalogue/format";
import { fromScaled } from "@/lib/numbers";
import { REPORT_KIND_LABELS, type ReportKind } from "@/lib/draft/opening";
import type { IndicatorKind, TargetSource, UnitKind } from "@/db/schema/vocabulary";
import {
  departmentName,
  did,
  fieldChanges,
  indicatorInfo,
  indicatorName,
  int,
  list,
  obj,
  quote,
  str,
  yesNo,
} from "./read";
import type { AuditChange, PhraseBuilder, PhraseContext } from "./types";
import { unitEndText } from "@/lib/units/unit-span";

/** The plan: years, indicators, targets, report sections and departments (admin area). */

const year = (entryId: string) => `năm ${entryId}`;

const planYear =
  (text: (year: string) => string): PhraseBuilder =>
  (entry, context) =>
    did(context, text(year(entry.entityId)));

const planYearCreate: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const from = int(after.copiedFrom);
  return did(
    context,
    `đã tạo kế hoạch ${year(entry.entityId)}${from ? ` từ kế hoạch năm ${from} (${str(after.indicators) ?? 0} chỉ tiêu, ${str(after.targets) ?? 0} chỉ tiêu kế hoạch)` : ""}`,
  );
};

const planYearClose: PhraseBuilder = (entry, context) => {
  const pending = int(obj(entry.after).unapproved) ?? 0;
  return did(
    context,
    `đã khóa sổ kế hoạch ${year(entry.entityId)}${pending > 0 ? ` khi còn ${pending} báo cáo tháng chưa duyệt` : ""}`,
  );
};

const planYearSettings: PhraseBuilder = (entry, context) =>
  did(
    context,
    `đã đổi cài đặt kế hoạch ${year(entry.entityId)}`,
    fieldChanges(entry.before, entry.after, [
      ["cutoffDay", "Ngày chốt số liệu hằng tháng"],
      ["dueDay", "Hạn gửi báo cáo hằng tháng"],
      ["plannersMayEdit", "Chuyên viên tổng hợp được sửa chỉ tiêu, kế hoạch", yesNo],
    ]),
  );

const planYearOpenings: PhraseBuilder = (entry, context) => {
  const before = obj(entry.before);
  const after = obj(entry.after);
  const changes = Object.keys(after).map((kind) => ({
    label: `Lời mở đầu ${lowerLabel(REPORT_KIND_LABELS[kind as ReportKind] ?? kind)}`,
    before: before[kind] ? quote(before[kind], 200) : null,
    after: after[kind] ? quote(after[kind], 200) : null,
  }));
  return did(context, `đã sửa lời mở đầu báo cáo ${year(entry.entityId)}`, changes);
};

const planImport: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const counts = [
    [after.create, "chỉ tiêu mới"],
    [after.assign, "chỉ tiêu đưa vào năm"],
    [after.reassign, "chỉ tiêu đổi đơn vị"],
    [after.targets, "chỉ tiêu kế hoạch"],
  ]
    .filter(([n]) => (int(n) ?? 0) > 0)
    .map(([n, what]) => `${int(n)} ${str(what)}`);
  return did(
    context,
    `đã nhập kế hoạch ${year(entry.entityId)} từ tệp ${quote(after.file, 80)}${counts.length ? ` (${counts.join(", ")})` : ""}`,
  );
};

const kindLabel = (v: unknown) => INDICATOR_KIND_LABELS[v as IndicatorKind] ?? str(v);

const indicatorUpdate: PhraseBuilder = (entry, context) =>
  did(
    context,
    `đã sửa chỉ tiêu ${indicatorName(context, entry.entityId)}`,
    fieldChanges(entry.before, entry.after, [
      ["name", "Tên"],
      ["sentenceName", "Tên dùng trong câu"],
      ["unit", "Đơn vị tính"],
      ["kind", "Loại", kindLabel],
      ["precision", "Số chữ số thập phân"],
      ["direction", "Chiều", (v) => (v === "down" ? "càng thấp càng tốt" : v === "up" ? "càng cao càng tốt" : null)],
      ["sectionId", "Mục báo cáo (mã số)"],
      ["parentId", "Chỉ tiêu cha (mã số)"],
      ["sentenceTemplate", "Mẫu câu", (v) => (v ? quote(v, 200) : "mẫu mặc định")],
    ]),
  );

const indicatorCreate: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const department = after.department ? `, giao ${departmentName(context, after.department)}` : "";
  return did(
    context,
    `đã thêm chỉ tiêu ${quote(after.name)} (${str(after.unit) ?? ""}) vào kế hoạch năm ${str(after.year) ?? "?"}${department}`,
  );
};

const indicatorAssign: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  return did(
    context,
    `đã đưa chỉ tiêu ${indicatorName(context, entry.entityId)} vào kế hoạch năm ${str(after.year) ?? "?"}, giao ${departmentName(context, after.department)}`,
  );
};

const indicatorReassign: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const before = list(entry.before).map(obj);
  const from = [...new Set(before.map((b) => departmentName(context, b.department)))];
  return did(
    context,
    `đã chuyển chỉ tiêu ${indicatorName(context, entry.entityId)} ${from.length ? `từ ${from.join(", ")} ` : ""}sang ${departmentName(context, after.department)} từ năm ${str(after.fromYear) ?? "?"}`,
  );
};

const unitReportingSet: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const kind = str(after.kind) as UnitKind | undefined;
  const added = list(after.added).length;
  return did(
    context,
    `đã giao chỉ tiêu ${indicatorName(context, entry.entityId)} năm ${str(after.year) ?? "?"} cho ${kind && kind in UNIT_KIND_PLURALS ? UNIT_KIND_PLURALS[kind] : "các đơn vị"} cùng báo cáo${added > 0 ? ` (thêm ${added} đơn vị)` : ""}`,
  );
};

const unitReportingUnset: PhraseBuilder = (entry, context) => {
  const before = obj(entry.before);
  const kind = str(before.kind) as UnitKind | undefined;
  return did(
    context,
    `đã thôi giao chỉ tiêu ${indicatorName(context, entry.entityId)} năm ${str(before.year) ?? "?"} cho ${kind && kind in UNIT_KIND_PLURALS ? UNIT_KIND_PLURALS[kind] : "các đơn vị"} cùng báo cáo (${list(before.shares).length} đơn vị)`,
  );
};

const indicatorRetire: PhraseBuilder = (entry, context) =>
  did(
    context,
    `đã cho ngừng theo dõi chỉ tiêu ${indicatorName(context, entry.entityId)} từ năm ${str(obj(entry.after).retiredFromYear) ?? "?"}`,
  );

const indicatorDelete: PhraseBuilder = (entry, context) =>
  did(context, `đã xóa chỉ tiêu ${quote(obj(entry.before).name ?? entry.entityId)} (${entry.entityId})`);

/** A stored target (scaled amounts) as the targets grid writes it: "3.800", "7-7,5", "≥ 7,5". */
function targetText(v: unknown): string | null {
  const t = obj(v);
  const amount = (x: unknown) => (int(x) === null ? null : fromScaled(int(x)!));
  const target = { value: amount(t.value), min: amount(t.min), max: amount(t.max) };
  if (target.value === null && target.min === null && target.max === null) return null;
  return formatTarget({ source: "hdnd", ...target });
}

/** target_set / target_clear: entity id "indicator:year:source". */
const target =
  (cleared: boolean): PhraseBuilder =>
  (entry, context) => {
    const [code, planYearText = "?", source = "?"] = entry.entityId.split(":");
    const info = indicatorInfo(context, code);
    const sourceText = TARGET_SOURCE_LABELS[source as TargetSource] ?? source;
    const change: AuditChange = {
      label: `Kế hoạch${info.unit ? ` (${info.unit})` : ""}`,
      before: targetText(entry.before),
      after: cleared ? null : targetText(entry.after),
    };
    const text = cleared
      ? `đã bỏ kế hoạch năm ${planYearText} (${sourceText}) của chỉ tiêu ${info.name}`
      : `đã đặt kế hoạch năm ${planYearText} (${sourceText}) của chỉ tiêu ${info.name}`;
    return did(context, text, [change]);
  };

const sectionName = (code: string, title?: unknown) => `${code}${title ? ` ${quote(title)}` : ""}`;

const sectionCreate: PhraseBuilder = (entry, context) =>
  did(context, `đã thêm mục báo cáo ${sectionName(entry.entityId, obj(entry.after).title)}`);

const sectionUpdate: PhraseBuilder = (entry, context) =>
  did(
    context,
    `đã sửa mục báo cáo ${sectionName(entry.entityId, obj(entry.after).title)}`,
    fieldChanges(entry.before, entry.after, [
      ["code", "Số mục"],
      ["title", "Tên mục", (v) => (v ? quote(v) : null)],
      ["parentId", "Mục cha (mã số)"],
      ["narrativeOnly", "Chỉ có phần thuyết minh", yesNo],
    ]),
  );

const sectionMove: PhraseBuilder = (entry, context) =>
  did(
    context,
    `đã chuyển mục báo cáo ${sectionName(entry.entityId, context.names.section(entry.entityId))} ${obj(entry.after).direction === "up" ? "lên trên" : "xuống dưới"}`,
  );

/** A unit's kind in the pages' words ("Huyện, thành phố"), or null for an entry without one. */
const unitKind = (v: unknown): string | null => {
  const kind = str(v);
  return kind && kind in UNIT_KIND_LABELS ? UNIT_KIND_LABELS[kind as UnitKind] : null;
};

/** A unit's first month: "năm 2025", or "tháng 7/2025" when it starts within the year. */
const startText = (year: unknown, month: unknown) => {
  const m = int(month);
  return m !== null && m !== 1 ? `tháng ${m}/${str(year) ?? "?"}` : `năm ${str(year) ?? "?"}`;
};

const departmentCreate: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const kind = str(after.kind);
  return did(
    context,
    `đã thêm đơn vị ${quote(after.name)} (${str(after.shortName) ?? entry.entityId})${kind && kind !== "department" ? ` thuộc loại ${lowerLabel(unitKind(kind) ?? kind)}` : ""} từ ${startText(after.validFrom, after.validFromMonth)}`,
  );
};

/** A unit's last month as the units page writes it: "6/2025", "2025" for a whole year, "nay" while it has no end. */
const endText = (year: unknown, month: unknown): string =>
  unitEndText({ validTo: int(year), validToMonth: int(month) ?? 12 });

const departmentEnd: PhraseBuilder = (entry, context) => {
  const before = obj(entry.before);
  const after = obj(entry.after);
  return did(
    context,
    `đã kết thúc đơn vị ${departmentName(context, entry.entityId)} sau tháng ${int(after.validToMonth) ?? "?"}/${int(after.validTo) ?? "?"}`,
    [
      {
        label: "Hiệu lực đến",
        before: endText(before.validTo, before.validToMonth),
        after: endText(after.validTo, after.validToMonth),
      },
    ],
  );
};

const departmentRename: PhraseBuilder = (entry, context) =>
  did(
    context,
    `đã đổi tên đơn vị ${entry.entityId}`,
    fieldChanges(entry.before, entry.after, [
      ["name", "Tên", (v) => (v ? quote(v) : null)],
      ["shortName", "Tên viết tắt", (v) => (v ? quote(v) : null)],
      ["kind", "Loại đơn vị", unitKind],
    ]),
  );

const names = (context: PhraseContext, codes: unknown) =>
  list(codes)
    .map((code) => departmentName(context, code))
    .join(", ");

const successionSet: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  return did(
    context,
    `đã khai báo ${departmentName(context, after.successor ?? entry.entityId)} kế tục ${names(context, after.predecessors)} từ năm ${str(after.fromYear) ?? "?"}`,
  );
};

const successionRemove: PhraseBuilder = (entry, context) => {
  const before = obj(entry.before);
  return did(
    context,
    `đã bỏ khai báo ${departmentName(context, before.successor ?? entry.entityId)} kế tục ${names(context, before.predecessors)} từ năm ${str(before.fromYear) ?? "?"}`,
  );
};

const departmentMerge: PhraseBuilder = (entry, context) => {
  const after = obj(entry.after);
  const users = list(after.usersMoved).length;
  return did(
    context,
    `đã sáp nhập ${departmentName(context, after.from ?? entry.entityId)} vào ${departmentName(context, after.into)} từ năm ${str(after.fromYear) ?? "?"} (${int(after.assignmentsMoved) ?? 0} lượt giao chỉ tiêu${users ? `, ${users} tài khoản` : ""} chuyển sang)`,
  );
};

export const PLAN_PHRASES: Record<string, PhraseBuilder> = {
  plan_year_create: planYearCreate,
  plan_year_open: planYear((y) => `đã mở kế hoạch ${y} cho các đơn vị báo cáo`),
  plan_year_close: planYearClose,
  plan_year_reopen: planYear((y) => `đã mở lại kế hoạch ${y} đã khóa sổ`),
  plan_year_settings: planYearSettings,
  plan_year_openings: planYearOpenings,
  plan_import: planImport,
  indicator_create: indicatorCreate,
  indicator_assign: indicatorAssign,
  indicator_update: indicatorUpdate,
  indicator_reassign: indicatorReassign,
  unit_reporting_set: unitReportingSet,
  unit_reporting_unset: unitReportingUnset,
  indicator_retire: indicatorRetire,
  indicator_delete: indicatorDelete,
  target_set: target(false),
  target_clear: target(true),
  section_create: sectionCreate,
  section_update: sectionUpdate,
  section_move: sectionMove,
  department_create: departmentCreate,
  department_rename: departmentRename,
  department_end: departmentEnd,
  department_merge: departmentMerge,
  department_succession_set: successionSet,
  department_succession_remove: successionRemove,
};
