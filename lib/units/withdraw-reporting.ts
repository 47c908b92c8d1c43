import { and, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, indicatorAssignments, indicators, indicatorValues, targets, unitReporting } from "@/db/schema";
import type { LocalUnitKind, Role } from "@/db/schema/vocabulary";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { indicatorByCode } from "@/lib/admin/lookups";
import { requirePlanEditor } from "@/lib/admin/plan-editor";
import { requireEditablePlanYear } from "@/lib/admin/plan-years";

export interface UnitReportingWithdrawn {
  code: string;
  year: number;
  kind: LocalUnitKind;
  /** the shares taken out of the year's plan, with their targets */
  removed: string[];
}

/**
 * Takes back "reported by every unit of a kind" for a year (declared by mistake, or the wrong
 * kind; every kind declared that year): the units' shares leave the year's plan with their targets, and the province figure is
 * again the responsible department's alone. Refused once a unit has entered a figure of its share
 * that year (those figures are kept: the plan says who reported them); other years are untouched.
 * The share indicators themselves stay, unassigned, so declaring again gives the same codes.
 */
export function withdrawUnitReporting(
  tx: Tx,
  user: { id: number; role: Role },
  input: { code: string; year: number },
): UnitReportingWithdrawn {
  requirePlanEditor(tx, user, input.year);
  requireEditablePlanYear(tx, input.year);
  const parent = indicatorByCode(tx, input.code);
  const declared = tx
    .select()
    .from(unitReporting)
    .where(and(eq(unitReporting.indicatorId, parent.id), eq(unitReporting.year, input.year)))
    .orderBy(desc(unitReporting.unitKind))
    .get();
  if (!declared)
    throw new DomainError(
      404,
      `Chỉ tiêu "${parent.code}" năm ${input.year} không do các huyện, thành phố hay các xã, phường báo cáo`,
      { code: "Chưa giao cho từng đơn vị báo cáo" },
    );
  const shares = tx
    .select({ id: indicators.id, code: indicators.code })
    .from(indicators)
    .innerJoin(indicatorAssignments, eq(indicatorAssignments.indicatorId, indicators.id))
    .where(and(eq(indicators.shareOfId, parent.id), eq(indicatorAssignments.year, input.year)))
    .all();
  const ids = shares.map((s) => s.id);
  const entered =
    ids.length === 0
      ? []
      : tx
          .selectDistinct({ unit: departments.name })
          .from(indicatorValues)
          .innerJoin(departments, eq(departments.id, indicatorValues.departmentId))
          .where(and(inArray(indicatorValues.indicatorId, ids), eq(indicatorValues.year, input.year)))
          .all()
          .map((r) => r.unit);
  if (entered.length > 0)
    throw new DomainError(
      409,
      `Năm ${input.year} đã có ${entered.length} đơn vị nhập số liệu phần của mình (${entered.slice(0, 3).join(", ")}${entered.length > 3 ? "…" : ""}): không thôi giao được`,
      { code: "Đơn vị đã nhập số liệu" },
    );
  if (ids.length > 0) {
    tx.delete(targets)
      .where(and(inArray(targets.indicatorId, ids), eq(targets.year, input.year)))
      .run();
    tx.delete(indicatorAssignments)
      .where(and(inArray(indicatorAssignments.indicatorId, ids), eq(indicatorAssignments.year, input.year)))
      .run();
  }
  tx.delete(unitReporting)
    .where(and(eq(unitReporting.indicatorId, parent.id), eq(unitReporting.year, input.year)))
    .run();
  const removed = shares.map((s) => s.code).sort();
  writeAudit(tx, {
    userId: user.id,
    action: "unit_reporting_unset",
    entity: "indicator",
    entityId: parent.code,
    before: { year: input.year, kind: declared.unitKind, shares: removed },
    after: null,
  });
  return { code: parent.code, year: input.year, kind: declared.unitKind, removed };
}
