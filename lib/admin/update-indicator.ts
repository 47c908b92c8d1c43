import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { Role } from "@/db/schema";
import { indicatorAssignments, indicators, planYears } from "@/db/schema";
import { canEditIndicator, type PermissionHolder } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { checkTemplate } from "@/lib/draft/template";
import { searchKey } from "@/lib/text/search";
import { firstValueYearFrom, indicatorByCode, requireIndicatorVersion, sectionByCode } from "./lookups";
import type { UpdateIndicatorInput } from "./schemas";

/** Admins always; a planner when the indicator is in a year (not closed) an admin opened to planners (canEditIndicator). */
function requireIndicatorEditor(tx: Tx, user: PermissionHolder, indicatorId: number, code: string): void {
  const plans = tx
    .select({ status: planYears.status, plannersMayEdit: planYears.plannersMayEdit })
    .from(indicatorAssignments)
    .innerJoin(planYears, eq(planYears.year, indicatorAssignments.year))
    .where(eq(indicatorAssignments.indicatorId, indicatorId))
    .all();
  if (!canEditIndicator(user, plans))
    throw new DomainError(
      403,
      `Không có quyền sửa chỉ tiêu "${code}": quản trị hệ thống chưa cho phép chuyên viên tổng hợp sửa chỉ tiêu năm này`,
    );
}

/** Sets a parent, refusing itself and any descendant (no cycles). */
function parentIdFor(tx: Tx, indicatorId: number, parentCode: string): number | null {
  if (!parentCode) return null;
  const parent = tx.select().from(indicators).where(eq(indicators.code, parentCode)).get();
  if (!parent)
    throw new DomainError(422, `Không có chỉ tiêu cha mã "${parentCode}"`, {
      parent: `Không có chỉ tiêu mã "${parentCode}"`,
    });
  let ancestors = [parent.id];
  const seen = new Set<number>();
  while (ancestors.length > 0) {
    if (ancestors.includes(indicatorId))
      throw new DomainError(422, "Chỉ tiêu cha không được là chính nó hoặc chỉ tiêu con của nó", {
        parent: "Chỉ tiêu cha tạo thành vòng lặp",
      });
    ancestors.forEach((a) => seen.add(a));
    ancestors = tx
      .select({ p: indicators.parentId })
      .from(indicators)
      .where(inArray(indicators.id, ancestors))
      .all()
      .map((r) => r.p)
      .filter((p): p is number => p !== null && !seen.has(p));
  }
  return parent.id;
}

/** Edits an indicator's attributes; the kind is fixed once it has values (it decides how they add up). */
export function updateIndicator(tx: Tx, user: { id: number; role: Role }, input: UpdateIndicatorInput) {
  const row = indicatorByCode(tx, input.code);
  requireIndicatorEditor(tx, user, row.id, row.code);
  requireIndicatorVersion(row, input.version);
  if (input.kind !== row.kind && firstValueYearFrom(tx, row.id, 0) !== null) {
    throw new DomainError(422, "Chỉ tiêu đã có số liệu, không thể đổi loại (cộng dồn, thời điểm, tốc độ)", {
      kind: "Không thể đổi loại khi đã có số liệu",
    });
  }
  if (input.sentenceTemplate) {
    const problems = checkTemplate(input.sentenceTemplate);
    if (problems.length > 0)
      throw new DomainError(422, problems[0].message, { sentenceTemplate: problems.map((p) => p.message).join("; ") });
  }
  const section = input.section ? sectionByCode(tx, input.section) : null;
  const parentId = parentIdFor(tx, row.id, input.parent);
  const changes = {
    name: input.name,
    sentenceName: input.sentenceName || null,
    unit: input.unit,
    kind: input.kind,
    sectionId: section?.id ?? null,
    parentId,
    precision: input.precision,
    direction: input.direction,
    sentenceTemplate: input.sentenceTemplate || null,
    searchName: searchKey(input.name),
  };
  const after = tx
    .update(indicators)
    .set({ ...changes, version: row.version + 1 })
    .where(eq(indicators.id, row.id))
    .returning()
    .get();
  const pick = (r: typeof row) => ({
    name: r.name,
    sentenceName: r.sentenceName,
    unit: r.unit,
    kind: r.kind,
    sectionId: r.sectionId,
    parentId: r.parentId,
    precision: r.precision,
    direction: r.direction,
    sentenceTemplate: r.sentenceTemplate,
  });
  writeAudit(tx, {
    userId: user.id,
    action: "indicator_update",
    entity: "indicator",
    entityId: row.code,
    before: pick(row),
    after: pick(after),
  });
  return { code: after.code, version: after.version };
}
