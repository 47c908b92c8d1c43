import { and, eq, isNull, max } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { reportSections } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { sectionByCode } from "./lookups";

type SectionRow = typeof reportSections.$inferSelect;

const siblingsWhere = (parentId: number | null) =>
  parentId === null ? isNull(reportSections.parentId) : eq(reportSections.parentId, parentId);

function parentFor(tx: Tx, selfId: number | null, code: string | undefined): number | null {
  if (!code) return null;
  const parent = sectionByCode(tx, code, "parent");
  for (
    let p: SectionRow | undefined = parent;
    p;
    p =
      p.parentId === null ? undefined : tx.select().from(reportSections).where(eq(reportSections.id, p.parentId)).get()
  ) {
    if (p.id === selfId)
      throw new DomainError(422, "Mục cha không được là chính mục này hoặc mục con của nó", {
        parent: "Mục cha tạo thành vòng lặp",
      });
  }
  return parent.id;
}

/** A section as the API answers it: its parent by code. */
export function sectionJson(tx: Tx, row: SectionRow) {
  const parent =
    row.parentId === null
      ? null
      : (tx.select({ code: reportSections.code }).from(reportSections).where(eq(reportSections.id, row.parentId)).get()
          ?.code ?? null);
  return { id: row.id, code: row.code, title: row.title, parent, narrativeOnly: row.narrativeOnly };
}

/** Creates a section of the report outline, last among its siblings; or edits one (code, title, parent). */
export function saveSection(
  tx: Tx,
  actorId: number,
  input: { id?: number; code: string; title: string; parent?: string; narrativeOnly?: boolean },
) {
  const clash = tx.select().from(reportSections).where(eq(reportSections.code, input.code)).get();
  if (clash && clash.id !== input.id)
    throw new DomainError(409, `Đã có mục mã "${input.code}"`, { code: "Mã mục đã tồn tại" });
  if (input.id === undefined) {
    const parentId = parentFor(tx, null, input.parent);
    const order =
      (tx
        .select({ n: max(reportSections.sortOrder) })
        .from(reportSections)
        .where(siblingsWhere(parentId))
        .get()?.n ?? 0) + 1;
    const row = tx
      .insert(reportSections)
      .values({
        code: input.code,
        title: input.title,
        parentId,
        sortOrder: order,
        narrativeOnly: input.narrativeOnly ?? false,
      })
      .returning()
      .get();
    writeAudit(tx, { userId: actorId, action: "section_create", entity: "section", entityId: row.code, after: row });
    return row;
  }
  const before = tx.select().from(reportSections).where(eq(reportSections.id, input.id)).get();
  if (!before) throw new DomainError(404, "Không tìm thấy mục báo cáo");
  const parentId = parentFor(tx, before.id, input.parent);
  const sortOrder =
    parentId === before.parentId
      ? before.sortOrder
      : (tx
          .select({ n: max(reportSections.sortOrder) })
          .from(reportSections)
          .where(siblingsWhere(parentId))
          .get()?.n ?? 0) + 1;
  const row = tx
    .update(reportSections)
    .set({ code: input.code, title: input.title, parentId, sortOrder, narrativeOnly: input.narrativeOnly ?? false })
    .where(eq(reportSections.id, before.id))
    .returning()
    .get();
  writeAudit(tx, {
    userId: actorId,
    action: "section_update",
    entity: "section",
    entityId: row.code,
    before,
    after: row,
  });
  return row;
}

/** Moves a section one place up or down among its siblings. */
export function moveSection(tx: Tx, actorId: number, input: { id: number; direction: "up" | "down" }) {
  const row = tx.select().from(reportSections).where(eq(reportSections.id, input.id)).get();
  if (!row) throw new DomainError(404, "Không tìm thấy mục báo cáo");
  const siblings = tx
    .select()
    .from(reportSections)
    .where(siblingsWhere(row.parentId))
    .orderBy(reportSections.sortOrder, reportSections.id)
    .all();
  const index = siblings.findIndex((s) => s.id === row.id);
  const other = siblings[input.direction === "up" ? index - 1 : index + 1];
  if (!other) return { moved: false };
  // Renumber the siblings 1..n with the two swapped, so equal orders never tie.
  [siblings[index], siblings[siblings.indexOf(other)]] = [other, row];
  siblings.forEach((s, i) =>
    tx
      .update(reportSections)
      .set({ sortOrder: i + 1 })
      .where(and(eq(reportSections.id, s.id)))
      .run(),
  );
  writeAudit(tx, {
    userId: actorId,
    action: "section_move",
    entity: "section",
    entityId: row.code,
    before: { sortOrder: row.sortOrder },
    after: { direction: input.direction },
  });
  return { moved: true };
}
