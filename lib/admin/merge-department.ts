import { and, eq, gte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, indicatorAssignments, indicatorValues, planYears, submissions, users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { validIn } from "./department-successor";
import { departmentByCode } from "./lookups";

/**
 * Merges department `from` into `into` from a plan year on (Lạng Sơn, 2025): `from` stays valid up
 * to the year before, with its assignments, values and submissions untouched; its assignments in
 * that year and later move to `into`, and copying a plan into a later year follows the merge.
 * Optionally its users move too. Refused when a year from then on is closed or `from` already has
 * values or submissions there.
 */
export function mergeDepartment(
  tx: Tx,
  actorId: number,
  input: { from: string; into: string; fromYear: number; moveUsers?: boolean },
) {
  const from = departmentByCode(tx, input.from, "from");
  const into = departmentByCode(tx, input.into, "into");
  if (from.mergedIntoId !== null || (from.validTo !== null && from.validTo < input.fromYear)) {
    throw new DomainError(409, `Đơn vị "${from.name}" đã ngừng hoạt động từ năm ${(from.validTo ?? 0) + 1}`, {
      from: "Đơn vị đã ngừng hoạt động",
    });
  }
  if (from.validFrom >= input.fromYear)
    throw new DomainError(
      422,
      `Đơn vị "${from.name}" chỉ có hiệu lực từ năm ${from.validFrom}; năm sáp nhập phải sau năm đó`,
      { fromYear: `Phải sau năm ${from.validFrom}` },
    );
  if (!validIn(into, input.fromYear))
    throw new DomainError(422, `Đơn vị tiếp nhận "${into.name}" không có hiệu lực năm ${input.fromYear}`, {
      into: `Không có hiệu lực năm ${input.fromYear}`,
    });
  const closed = tx
    .select({ year: planYears.year })
    .from(planYears)
    .where(and(gte(planYears.year, input.fromYear), eq(planYears.status, "closed")))
    .all();
  if (closed.length > 0)
    throw new DomainError(
      409,
      `Năm ${closed.map((c) => c.year).join(", ")} đã khóa sổ; không thể sáp nhập từ năm ${input.fromYear}`,
      { fromYear: "Năm đã khóa sổ" },
    );
  const entered =
    tx
      .select({ year: indicatorValues.year })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.departmentId, from.id), gte(indicatorValues.year, input.fromYear)))
      .limit(1)
      .get() ??
    tx
      .select({ year: submissions.year })
      .from(submissions)
      .where(and(eq(submissions.departmentId, from.id), gte(submissions.year, input.fromYear)))
      .limit(1)
      .get();
  if (entered)
    throw new DomainError(
      409,
      `"${from.name}" đã có số liệu năm ${entered.year}; chỉ sáp nhập được từ năm ${entered.year + 1}`,
      { fromYear: `Đã có số liệu năm ${entered.year}` },
    );

  const moved = tx
    .update(indicatorAssignments)
    .set({ departmentId: into.id })
    .where(and(eq(indicatorAssignments.departmentId, from.id), gte(indicatorAssignments.year, input.fromYear)))
    .returning({ year: indicatorAssignments.year })
    .all();
  tx.update(departments)
    .set({ validTo: input.fromYear - 1, mergedIntoId: into.id, version: from.version + 1 })
    .where(eq(departments.id, from.id))
    .run();
  const movedUsers = input.moveUsers
    ? tx
        .update(users)
        .set({ departmentId: into.id })
        .where(eq(users.departmentId, from.id))
        .returning({ username: users.username })
        .all()
        .map((u) => u.username)
    : [];
  const result = {
    from: from.code,
    into: into.code,
    fromYear: input.fromYear,
    assignmentsMoved: moved.length,
    usersMoved: movedUsers,
  };
  writeAudit(tx, {
    userId: actorId,
    action: "department_merge",
    entity: "department",
    entityId: from.code,
    before: { validTo: from.validTo, mergedInto: null },
    after: result,
  });
  return result;
}
