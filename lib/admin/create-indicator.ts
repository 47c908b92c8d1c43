import type { Tx } from "@/db/client";
import type { Role } from "@/db/schema";
import { indicatorAssignments, indicators } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { searchKey } from "@/lib/text/search";
import { eq } from "drizzle-orm";
import { assignmentOf, departmentValidIn, nextSortOrder, sectionByCode } from "./lookups";
import { requirePlanEditor } from "./plan-editor";
import { requireEditablePlanYear } from "./plan-years";
import type { CreateIndicatorInput } from "./schemas";

export interface CreatedIndicator {
  code: string;
  year: number;
  department: string;
  created: boolean;
}

/**
 * Puts an indicator in a year's plan. A new code creates the indicator; a code that exists is the
 * same indicator (codes are unique across years), so it is only assigned to the year, and must
 * keep its kind.
 */
export function createIndicator(
  tx: Tx,
  user: { id: number; role: Role },
  input: CreateIndicatorInput,
): CreatedIndicator {
  requirePlanEditor(tx, user, input.year);
  requireEditablePlanYear(tx, input.year);
  const department = departmentValidIn(tx, input.department, input.year);
  const section = input.section ? sectionByCode(tx, input.section) : null;
  let parentId: number | null = null;
  if (input.parent) {
    const parent = tx.select().from(indicators).where(eq(indicators.code, input.parent)).get();
    if (!parent)
      throw new DomainError(422, `Không có chỉ tiêu cha mã "${input.parent}"`, {
        parent: `Không có chỉ tiêu mã "${input.parent}"`,
      });
    if (!assignmentOf(tx, parent.id, input.year))
      throw new DomainError(422, `Chỉ tiêu cha "${input.parent}" không có trong kế hoạch năm ${input.year}`, {
        parent: `Chỉ tiêu cha không có trong kế hoạch năm ${input.year}`,
      });
    parentId = parent.id;
  }
  const existing = tx.select().from(indicators).where(eq(indicators.code, input.code)).get();
  if (existing) {
    if (existing.retiredFromYear !== null && existing.retiredFromYear <= input.year) {
      throw new DomainError(422, `Chỉ tiêu "${input.code}" đã ngừng theo dõi từ năm ${existing.retiredFromYear}`, {
        code: "Chỉ tiêu đã ngừng theo dõi",
      });
    }
    if (assignmentOf(tx, existing.id, input.year))
      throw new DomainError(409, `Chỉ tiêu "${input.code}" đã có trong kế hoạch năm ${input.year}`, {
        code: `Đã có trong kế hoạch năm ${input.year}`,
      });
    if (existing.kind !== input.kind) {
      throw new DomainError(
        422,
        `Mã "${input.code}" là chỉ tiêu đã có với loại khác (${existing.kind}); cùng mã là cùng một chỉ tiêu`,
        { kind: `Chỉ tiêu "${input.code}" có loại ${existing.kind}` },
      );
    }
    tx.insert(indicatorAssignments)
      .values({ indicatorId: existing.id, year: input.year, departmentId: department.id })
      .run();
    writeAudit(tx, {
      userId: user.id,
      action: "indicator_assign",
      entity: "indicator",
      entityId: existing.code,
      after: { year: input.year, department: department.code },
    });
    return { code: existing.code, year: input.year, department: department.code, created: false };
  }
  const row = tx
    .insert(indicators)
    .values({
      code: input.code,
      name: input.name,
      unit: input.unit,
      kind: input.kind,
      parentId,
      sectionId: section?.id ?? null,
      sortOrder: nextSortOrder(tx, section?.id ?? null),
      precision: input.precision ?? (input.kind === "rate" ? 2 : 0),
      direction: input.direction ?? "up",
      searchName: searchKey(input.name),
    })
    .returning()
    .get();
  tx.insert(indicatorAssignments).values({ indicatorId: row.id, year: input.year, departmentId: department.id }).run();
  writeAudit(tx, {
    userId: user.id,
    action: "indicator_create",
    entity: "indicator",
    entityId: row.code,
    after: {
      code: row.code,
      name: row.name,
      unit: row.unit,
      kind: row.kind,
      section: section?.code ?? null,
      parent: input.parent ?? null,
      precision: row.precision,
      direction: row.direction,
      year: input.year,
      department: department.code,
    },
  });
  return { code: row.code, year: input.year, department: department.code, created: true };
}
