import { and, eq, gte, max } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, indicatorAssignments, indicatorValues, indicators, reportSections } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { validIn } from "./department-successor";

/** Lookups by code shared by the admin jobs; each refusal names the field it is about. */

export function indicatorByCode(tx: Tx, code: string, field = "code") {
  const row = tx.select().from(indicators).where(eq(indicators.code, code)).get();
  if (!row) throw new DomainError(404, `Không có chỉ tiêu mã "${code}"`, { [field]: `Không có chỉ tiêu mã "${code}"` });
  return row;
}

export function requireIndicatorVersion(row: { code: string; version: number }, version: number): void {
  if (row.version !== version)
    throw new DomainError(409, `Chỉ tiêu "${row.code}" vừa được người khác sửa; hãy tải lại trang rồi làm lại`);
}

export function departmentByCode(tx: Tx, code: string, field = "department") {
  const row = tx.select().from(departments).where(eq(departments.code, code)).get();
  if (!row) throw new DomainError(422, `Không có đơn vị mã "${code}"`, { [field]: `Không có đơn vị mã "${code}"` });
  return row;
}

export function departmentValidIn(tx: Tx, code: string, year: number, field = "department") {
  const row = departmentByCode(tx, code, field);
  if (!validIn(row, year))
    throw new DomainError(422, `Đơn vị "${row.name}" không còn hiệu lực năm ${year}`, {
      [field]: `Đơn vị không có hiệu lực năm ${year}`,
    });
  return row;
}

export function sectionByCode(tx: Tx, code: string, field = "section") {
  const row = tx.select().from(reportSections).where(eq(reportSections.code, code)).get();
  if (!row) throw new DomainError(422, `Không có mục báo cáo "${code}"`, { [field]: `Không có mục báo cáo "${code}"` });
  return row;
}

export function assignmentOf(tx: Tx, indicatorId: number, year: number) {
  return tx
    .select()
    .from(indicatorAssignments)
    .where(and(eq(indicatorAssignments.indicatorId, indicatorId), eq(indicatorAssignments.year, year)))
    .get();
}

/** The first year from `fromYear` on in which the indicator has a value, or null. */
export function firstValueYearFrom(tx: Tx, indicatorId: number, fromYear: number): number | null {
  const row = tx
    .select({ year: indicatorValues.year })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicatorId), gte(indicatorValues.year, fromYear)))
    .orderBy(indicatorValues.year)
    .limit(1)
    .get();
  return row?.year ?? null;
}

export function nextSortOrder(tx: Tx, sectionId: number | null): number {
  const row = tx
    .select({ n: max(indicators.sortOrder) })
    .from(indicators)
    .where(sectionId === null ? undefined : eq(indicators.sectionId, sectionId))
    .get();
  return (row?.n ?? 0) + 1;
}
