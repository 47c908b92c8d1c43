import { and, eq, gte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, indicatorAssignments, planYears } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { validIn } from "./department-successor";
import { assignmentOf, departmentByCode, firstValueYearFrom, indicatorByCode } from "./lookups";

/**
 * Moves an indicator to another responsible department from a plan year on; earlier years keep
 * their department (and their values). Refused when a year from then on is closed or already has
 * values (they were entered by the old department), or the department is not valid in a year.
 */
export function reassignIndicator(
  tx: Tx,
  actorId: number,
  input: { code: string; fromYear: number; department: string },
) {
  const row = indicatorByCode(tx, input.code);
  const target = departmentByCode(tx, input.department);
  if (!assignmentOf(tx, row.id, input.fromYear))
    throw new DomainError(422, `Chỉ tiêu "${row.code}" không có trong kế hoạch năm ${input.fromYear}`, {
      fromYear: `Không có trong kế hoạch năm ${input.fromYear}`,
    });
  const rows = tx
    .select({
      id: indicatorAssignments.id,
      year: indicatorAssignments.year,
      departmentId: indicatorAssignments.departmentId,
      status: planYears.status,
      oldCode: departments.code,
    })
    .from(indicatorAssignments)
    .innerJoin(planYears, eq(planYears.year, indicatorAssignments.year))
    .innerJoin(departments, eq(departments.id, indicatorAssignments.departmentId))
    .where(and(eq(indicatorAssignments.indicatorId, row.id), gte(indicatorAssignments.year, input.fromYear)))
    .all();
  const closed = rows.filter((r) => r.status === "closed").map((r) => r.year);
  if (closed.length > 0)
    throw new DomainError(409, `Năm ${closed.join(", ")} đã khóa sổ; không thể đổi đơn vị chủ trì`, {
      fromYear: "Năm đã khóa sổ",
    });
  const valueYear = firstValueYearFrom(tx, row.id, input.fromYear);
  if (valueYear !== null)
    throw new DomainError(
      409,
      `Chỉ tiêu đã có số liệu năm ${valueYear} do đơn vị cũ nhập; chỉ đổi được từ năm ${valueYear + 1}`,
      { fromYear: `Đã có số liệu năm ${valueYear}` },
    );
  const invalid = rows.filter((r) => !validIn(target, r.year)).map((r) => r.year);
  if (invalid.length > 0)
    throw new DomainError(422, `Đơn vị "${target.name}" không có hiệu lực năm ${invalid.join(", ")}`, {
      department: "Đơn vị không có hiệu lực",
    });
  const changed = rows.filter((r) => r.departmentId !== target.id);
  for (const r of changed)
    tx.update(indicatorAssignments).set({ departmentId: target.id }).where(eq(indicatorAssignments.id, r.id)).run();
  writeAudit(tx, {
    userId: actorId,
    action: "indicator_reassign",
    entity: "indicator",
    entityId: row.code,
    before: changed.map((r) => ({ year: r.year, department: r.oldCode })),
    after: { fromYear: input.fromYear, department: target.code, years: changed.map((r) => r.year) },
  });
  return { code: row.code, department: target.code, years: changed.map((r) => r.year) };
}
