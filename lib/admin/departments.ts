import { and, eq, isNotNull, max } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, indicatorAssignments, indicators, planYears } from "@/db/schema";
import type { UnitKind } from "@/db/schema/vocabulary";
import { DomainError } from "@/lib/errors";
import { UNIT_KIND_LABELS } from "@/lib/vocabulary/labels";
import { writeAudit } from "@/lib/audit/write";
import { departmentByCode } from "./lookups";

/**
 * Creates a reporting unit (a department unless another kind is named) valid from a plan year
 * (default: the latest plan year) and a month of it (default: January; the communes and wards
 * of July 2025 report from month 7).
 */
export function createDepartment(
  tx: Tx,
  actorId: number,
  input: {
    code: string;
    name: string;
    shortName?: string;
    validFrom?: number;
    validFromMonth?: number;
    kind?: UnitKind;
  },
) {
  if (tx.select().from(departments).where(eq(departments.code, input.code)).get()) {
    throw new DomainError(409, `Đã có đơn vị mã "${input.code}"`, { code: "Mã đơn vị đã tồn tại" });
  }
  const validFrom =
    input.validFrom ??
    tx
      .select({ y: max(planYears.year) })
      .from(planYears)
      .get()?.y ??
    new Date().getFullYear();
  const validFromMonth = input.validFromMonth ?? 1;
  const row = tx
    .insert(departments)
    .values({
      code: input.code,
      name: input.name,
      shortName: input.shortName || input.name,
      kind: input.kind ?? "department",
      validFrom,
      validFromMonth,
    })
    .returning()
    .get();
  writeAudit(tx, {
    userId: actorId,
    action: "department_create",
    entity: "department",
    entityId: row.code,
    after: { code: row.code, name: row.name, shortName: row.shortName, kind: row.kind, validFrom, validFromMonth },
  });
  return {
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    validFrom: row.validFrom,
    validFromMonth: row.validFromMonth,
  };
}

/**
 * Renames a unit (its name in every year: a rename is not a reorganisation) and, when asked,
 * corrects its kind; a unit that already reports shares of an indicator (lib/units) keeps its
 * kind, since the shares were given to it as a unit of that kind.
 */
export function renameDepartment(
  tx: Tx,
  actorId: number,
  input: { code: string; name: string; shortName: string; version: number; kind?: UnitKind },
) {
  const row = departmentByCode(tx, input.code, "code");
  if (row.version !== input.version)
    throw new DomainError(409, `Đơn vị "${row.code}" vừa được người khác sửa; hãy tải lại trang`);
  const kind = input.kind ?? row.kind;
  if (kind !== row.kind && reportsShares(tx, row.id))
    throw new DomainError(
      409,
      `Đơn vị "${row.name}" đang báo cáo phần chỉ tiêu của ${UNIT_KIND_LABELS[row.kind].toLocaleLowerCase("vi")}; không đổi được loại đơn vị`,
      { kind: "Đơn vị đã có phần chỉ tiêu theo loại này" },
    );
  tx.update(departments)
    .set({ name: input.name, shortName: input.shortName, kind, version: row.version + 1 })
    .where(eq(departments.id, row.id))
    .run();
  writeAudit(tx, {
    userId: actorId,
    action: "department_rename",
    entity: "department",
    entityId: row.code,
    before: { name: row.name, shortName: row.shortName, kind: row.kind },
    after: { name: input.name, shortName: input.shortName, kind },
  });
  return { code: row.code, name: input.name, shortName: input.shortName, kind, version: row.version + 1 };
}

/** Whether a unit is given any indicator's share (lib/units/declare-reporting.ts) in some year. */
function reportsShares(tx: Tx, departmentId: number): boolean {
  return !!tx
    .select({ id: indicatorAssignments.indicatorId })
    .from(indicatorAssignments)
    .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
    .where(and(eq(indicatorAssignments.departmentId, departmentId), isNotNull(indicators.shareOfId)))
    .limit(1)
    .get();
}
