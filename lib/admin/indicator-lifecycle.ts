import { and, eq, gte, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { indicatorAssignments, indicatorValues, indicators, planYears, targets } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { firstValueYearFrom, indicatorByCode, requireIndicatorVersion } from "./lookups";

function closedYearsWith(tx: Tx, indicatorId: number, fromYear: number): number[] {
  return tx
    .select({ year: indicatorAssignments.year })
    .from(indicatorAssignments)
    .innerJoin(planYears, eq(planYears.year, indicatorAssignments.year))
    .where(
      and(
        eq(indicatorAssignments.indicatorId, indicatorId),
        gte(indicatorAssignments.year, fromYear),
        eq(planYears.status, "closed"),
      ),
    )
    .all()
    .map((r) => r.year);
}

function childrenFrom(tx: Tx, indicatorId: number, fromYear: number): string[] {
  return tx
    .selectDistinct({ code: indicators.code })
    .from(indicators)
    .innerJoin(indicatorAssignments, eq(indicatorAssignments.indicatorId, indicators.id))
    .where(and(eq(indicators.parentId, indicatorId), gte(indicatorAssignments.year, fromYear)))
    .all()
    .map((r) => r.code);
}

/**
 * Retires an indicator from a year on: it leaves the plans of that year and later (with their
 * targets) and is never copied into a new year; earlier years keep it with every value and its
 * history. Refused when it already has values in that year or later, or children still in those plans.
 */
export function retireIndicator(tx: Tx, actorId: number, input: { code: string; fromYear: number; version: number }) {
  const row = indicatorByCode(tx, input.code);
  requireIndicatorVersion(row, input.version);
  const valueYear = firstValueYearFrom(tx, row.id, input.fromYear);
  if (valueYear !== null) {
    throw new DomainError(
      409,
      `Chỉ tiêu "${row.code}" đã có số liệu năm ${valueYear}; chỉ có thể ngừng theo dõi từ năm ${valueYear + 1}`,
      { fromYear: `Đã có số liệu năm ${valueYear}` },
    );
  }
  const closed = closedYearsWith(tx, row.id, input.fromYear);
  if (closed.length > 0)
    throw new DomainError(409, `Năm ${closed.join(", ")} đã khóa sổ; không thể bỏ chỉ tiêu khỏi kế hoạch năm đó`, {
      fromYear: "Năm đã khóa sổ",
    });
  const children = childrenFrom(tx, row.id, input.fromYear);
  if (children.length > 0)
    throw new DomainError(
      409,
      `Chỉ tiêu còn chỉ tiêu con trong kế hoạch: ${children.join(", ")}; hãy ngừng theo dõi hoặc đổi chỉ tiêu cha của chúng trước`,
    );
  const years = tx
    .select({ year: indicatorAssignments.year })
    .from(indicatorAssignments)
    .where(and(eq(indicatorAssignments.indicatorId, row.id), gte(indicatorAssignments.year, input.fromYear)))
    .all()
    .map((r) => r.year);
  if (years.length > 0) {
    tx.delete(targets)
      .where(and(eq(targets.indicatorId, row.id), inArray(targets.year, years)))
      .run();
    tx.delete(indicatorAssignments)
      .where(and(eq(indicatorAssignments.indicatorId, row.id), inArray(indicatorAssignments.year, years)))
      .run();
  }
  tx.update(indicators)
    .set({ retiredAt: new Date().toISOString(), retiredFromYear: input.fromYear, version: row.version + 1 })
    .where(eq(indicators.id, row.id))
    .run();
  writeAudit(tx, {
    userId: actorId,
    action: "indicator_retire",
    entity: "indicator",
    entityId: row.code,
    before: { retiredFromYear: row.retiredFromYear, plans: years },
    after: { retiredFromYear: input.fromYear },
  });
  return { code: row.code, retiredFromYear: input.fromYear, removedFromYears: years };
}

/** Deletes an indicator that never had a value (a mistake); one with values can only be retired. */
export function deleteIndicator(tx: Tx, actorId: number, input: { code: string; version: number }) {
  const row = indicatorByCode(tx, input.code);
  requireIndicatorVersion(row, input.version);
  const valueCount = tx
    .select({ id: indicatorValues.id })
    .from(indicatorValues)
    .where(eq(indicatorValues.indicatorId, row.id))
    .all().length;
  if (valueCount > 0) {
    throw new DomainError(
      409,
      `Chỉ tiêu "${row.code}" đã có ${valueCount} số liệu nên không thể xóa; hãy cho ngừng theo dõi (lịch sử được giữ nguyên)`,
    );
  }
  const children = tx.select({ code: indicators.code }).from(indicators).where(eq(indicators.parentId, row.id)).all();
  if (children.length > 0)
    throw new DomainError(409, `Chỉ tiêu còn chỉ tiêu con: ${children.map((c) => c.code).join(", ")}`);
  const closed = closedYearsWith(tx, row.id, 0);
  if (closed.length > 0)
    throw new DomainError(409, `Chỉ tiêu thuộc kế hoạch năm đã khóa sổ (${closed.join(", ")}); không thể xóa`);
  const before = {
    ...row,
    targets: tx.select().from(targets).where(eq(targets.indicatorId, row.id)).all(),
    assignments: tx.select().from(indicatorAssignments).where(eq(indicatorAssignments.indicatorId, row.id)).all(),
  };
  tx.delete(targets).where(eq(targets.indicatorId, row.id)).run();
  tx.delete(indicatorAssignments).where(eq(indicatorAssignments.indicatorId, row.id)).run();
  tx.delete(indicators).where(eq(indicators.id, row.id)).run();
  writeAudit(tx, { userId: actorId, action: "indicator_delete", entity: "indicator", entityId: row.code, before });
  return { code: row.code, deleted: true };
}
