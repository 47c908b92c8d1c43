import { and, count, eq, gt, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, indicatorValues } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { unitMonths } from "@/lib/units/unit-months";
import { departmentByCode } from "./lookups";

/**
 * Ends a reporting unit after a month (the districts after June 2025): it reports up to
 * `lastMonth` of `lastYear` and no more (validTo, validToMonth; lib/units/unit-months.ts). Its
 * values, submissions and assignments stay as they are. Refused at a stale version (409), and
 * (422) for a unit merged into another (its end is the merger's), a last month before the unit's
 * first, and a unit that already has values entered after that month.
 */
export function endUnit(
  tx: Tx,
  actorId: number,
  input: { code: string; lastYear: number; lastMonth: number; version: number },
) {
  const row = departmentByCode(tx, input.code, "code");
  if (row.version !== input.version)
    throw new DomainError(409, `Đơn vị "${row.code}" vừa được người khác sửa; hãy tải lại trang`);
  if (row.mergedIntoId !== null)
    throw new DomainError(
      422,
      `Đơn vị "${row.name}" đã sáp nhập vào đơn vị khác từ năm ${(row.validTo ?? row.validFrom) + 1}; không kết thúc riêng được`,
      { code: "Đơn vị đã sáp nhập vào đơn vị khác" },
    );
  const ended = { ...row, validTo: input.lastYear, validToMonth: input.lastMonth };
  if (unitMonths(ended, input.lastYear) === null) {
    const first = `tháng ${row.validFromMonth}/${row.validFrom}`;
    throw new DomainError(
      422,
      `Đơn vị "${row.name}" có hiệu lực từ ${row.validFromMonth === 1 ? `năm ${row.validFrom}` : first}; tháng cuối không được trước ${first}`,
      input.lastYear < row.validFrom
        ? { lastYear: `Năm cuối không được trước năm ${row.validFrom}` }
        : { lastMonth: `Tháng cuối không được trước ${first}` },
    );
  }
  const after = or(
    gt(indicatorValues.year, input.lastYear),
    and(eq(indicatorValues.year, input.lastYear), gt(indicatorValues.month, input.lastMonth)),
  );
  // how many figures after the last month, and the latest of them (year × 100 + month), in one read
  const { entered, latestKey } = tx
    .select({
      entered: count(),
      latestKey: sql<number | null>`max(${indicatorValues.year} * 100 + ${indicatorValues.month})`,
    })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.departmentId, row.id), after))
    .get()!;
  if (entered > 0) {
    const latest = { year: Math.floor(latestKey! / 100), month: latestKey! % 100 };
    const field = latest.year > input.lastYear ? "lastYear" : "lastMonth";
    throw new DomainError(
      422,
      `"${row.name}" đã có ${entered} số liệu sau tháng ${input.lastMonth}/${input.lastYear} (muộn nhất tháng ${latest.month}/${latest.year}); chỉ kết thúc được từ tháng ${latest.month}/${latest.year}`,
      { [field]: `Đã có ${entered} số liệu sau tháng ${input.lastMonth}/${input.lastYear}` },
    );
  }

  const version = row.version + 1;
  tx.update(departments)
    .set({ validTo: input.lastYear, validToMonth: input.lastMonth, version })
    .where(eq(departments.id, row.id))
    .run();
  writeAudit(tx, {
    userId: actorId,
    action: "department_end",
    entity: "department",
    entityId: row.code,
    before: { validTo: row.validTo, validToMonth: row.validTo === null ? null : row.validToMonth },
    after: { validTo: input.lastYear, validToMonth: input.lastMonth },
  });
  return {
    code: row.code,
    name: row.name,
    kind: row.kind,
    validFrom: row.validFrom,
    validFromMonth: row.validFromMonth,
    validTo: input.lastYear,
    validToMonth: input.lastMonth,
    version,
  };
}
