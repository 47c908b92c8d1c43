import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { reportSections, resultItems } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { ensureSubmission, requireOpenYear } from "@/lib/entry/submission-row";
import type { SubmissionKey } from "@/lib/entry/save-values";
import { decimalStringFromScaled, fromScaled } from "@/lib/numbers/decimal";
import { isEditable, lockedMessage } from "@/lib/workflow/transitions";
import type { ResultFieldsInput } from "./schemas";
import { itemSentence } from "./text";

/** A result item as the API and the form show it (figures as numbers). */
export interface ResultItemView {
  id: number;
  date: string;
  section: string;
  text: string;
  figures: { value: number; unit: string }[];
  /** the item as the báo cáo writes it (null: a zero figure outside a clause, the item is left out) */
  written: string | null;
  version: number;
  updatedAt: string;
}

type Row = typeof resultItems.$inferSelect;

function view(row: Row): ResultItemView {
  return {
    id: row.id,
    date: row.date,
    section: row.sectionCode,
    text: row.text,
    figures: row.figures.map((f) => ({ value: fromScaled(f.value), unit: f.unit })),
    written: itemSentence(row.text, row.figures),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** The month's result items of a department, by date. */
export function listResults(db: Db | Tx, key: SubmissionKey): ResultItemView[] {
  return db
    .select()
    .from(resultItems)
    .where(
      and(
        eq(resultItems.departmentId, key.departmentId),
        eq(resultItems.year, key.year),
        eq(resultItems.month, key.month),
      ),
    )
    .orderBy(asc(resultItems.date), asc(resultItems.id))
    .all()
    .map(view);
}

/** The month must be open for the department's changes, as for its values. */
function requireEditableMonth(tx: Tx, key: SubmissionKey): void {
  requireOpenYear(tx, key.year);
  const submission = ensureSubmission(tx, key.departmentId, key.year, key.month);
  if (!isEditable(submission.state)) throw new DomainError(409, lockedMessage(submission.state));
}

/** Field checks that need the data: the date inside the month, a section of the outline that takes figures. */
function checkFields(tx: Tx, key: SubmissionKey, input: ResultFieldsInput): void {
  const errors: Record<string, string> = {};
  const [y, m, d] = input.date.split("-").map(Number);
  const daysInMonth = new Date(Date.UTC(key.year, key.month, 0)).getUTCDate();
  if (y !== key.year || m !== key.month || d < 1 || d > daysInMonth)
    errors.date = `Ngày phải thuộc tháng ${key.month}/${key.year}`;
  const section = tx.select().from(reportSections).where(eq(reportSections.code, input.section)).get();
  if (!section) errors.section = `Không có mục báo cáo "${input.section}"`;
  else if (section.narrativeOnly) errors.section = `Mục ${input.section} chỉ nhận phần thuyết minh, không nhận kết quả`;
  if (Object.keys(errors).length > 0) throw new DomainError(422, Object.values(errors)[0], errors);
}

const audited = (item: {
  date: string;
  sectionCode: string;
  text: string;
  figures: { value: number; unit: string }[];
}) => ({
  date: item.date,
  section: item.sectionCode,
  text: item.text,
  figures: item.figures.map((f) => ({ value: decimalStringFromScaled(f.value), unit: f.unit })),
});

function fieldsOf(input: ResultFieldsInput) {
  return {
    date: input.date,
    sectionCode: input.section,
    text: input.text,
    figures: input.figures.map((f) => ({ value: f.value, unit: f.unit })),
  };
}

/** Adds a result item to a department's month (audited). */
export function createResult(tx: Tx, userId: number, key: SubmissionKey, input: ResultFieldsInput): ResultItemView {
  requireEditableMonth(tx, key);
  checkFields(tx, key, input);
  const fields = fieldsOf(input);
  const row = tx
    .insert(resultItems)
    .values({ ...key, ...fields, version: 1, updatedBy: userId, updatedAt: new Date().toISOString() })
    .returning()
    .get();
  writeAudit(tx, {
    userId,
    action: "result_create",
    entity: "result_item",
    entityId: row.id,
    after: { year: key.year, month: key.month, ...audited(fields) },
  });
  return view(row);
}

/** The item of this department's month, or 404 (an id of another month or department is not found here). */
function existingItem(tx: Tx, key: SubmissionKey, id: number): Row {
  const row = tx
    .select()
    .from(resultItems)
    .where(
      and(
        eq(resultItems.id, id),
        eq(resultItems.departmentId, key.departmentId),
        eq(resultItems.year, key.year),
        eq(resultItems.month, key.month),
      ),
    )
    .get();
  if (!row) throw new DomainError(404, `Không có kết quả số ${id} trong tháng ${key.month}/${key.year} của đơn vị`);
  return row;
}

function requireVersion(row: Row, version: number): void {
  if (row.version !== version) {
    throw new DomainError(
      409,
      "Kết quả này đã được người khác sửa trong lúc bạn soạn; hãy tải lại để xem bản mới",
      { version: `Phiên bản hiện tại là ${row.version}` },
      { current: view(row) },
    );
  }
}

/** Changes a result item, refusing a stale version; saving it unchanged changes nothing. */
export function updateResult(
  tx: Tx,
  userId: number,
  key: SubmissionKey,
  id: number,
  input: ResultFieldsInput & { version: number },
): ResultItemView {
  requireEditableMonth(tx, key);
  const row = existingItem(tx, key, id);
  requireVersion(row, input.version);
  checkFields(tx, key, input);
  const fields = fieldsOf(input);
  if (JSON.stringify(audited(fields)) === JSON.stringify(audited(row))) return view(row);
  const updated = tx
    .update(resultItems)
    .set({ ...fields, version: row.version + 1, updatedBy: userId, updatedAt: new Date().toISOString() })
    .where(eq(resultItems.id, id))
    .returning()
    .get();
  writeAudit(tx, {
    userId,
    action: "result_update",
    entity: "result_item",
    entityId: id,
    before: audited(row),
    after: audited(fields),
  });
  return view(updated);
}

/** Deletes a result item, refusing a stale version (audited with what it said). */
export function deleteResult(
  tx: Tx,
  userId: number,
  key: SubmissionKey,
  id: number,
  version: number,
): { id: number; deleted: true } {
  requireEditableMonth(tx, key);
  const row = existingItem(tx, key, id);
  requireVersion(row, version);
  tx.delete(resultItems).where(eq(resultItems.id, id)).run();
  writeAudit(tx, {
    userId,
    action: "result_delete",
    entity: "result_item",
    entityId: id,
    before: { year: key.year, month: key.month, ...audited(row) },
  });
  return { id, deleted: true };
}
