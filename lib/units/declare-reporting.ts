import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, indicatorAssignments, indicators, unitReporting } from "@/db/schema";
import type { LocalUnitKind, Role } from "@/db/schema/vocabulary";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { UNIT_KIND_PLURALS } from "@/lib/vocabulary/labels";
import { assignmentOf, indicatorByCode } from "@/lib/admin/lookups";
import { validIn } from "@/lib/admin/department-successor";
import { requirePlanEditor } from "@/lib/admin/plan-editor";
import { requireEditablePlanYear } from "@/lib/admin/plan-years";

/** A unit's share of a province indicator has its own code: the indicator's, "@", the unit's. */
export const shareCode = (indicatorCode: string, unitCode: string) => `${indicatorCode}@${unitCode}`;

export interface UnitReportingResult {
  code: string;
  year: number;
  kind: LocalUnitKind;
  /** the shares' codes, one per unit of the kind valid that year */
  shares: string[];
  /** how many shares this call created or put in the year's plan */
  added: number;
}

/**
 * Has every unit of a local kind valid in the year report an indicator of the year's plan: each
 * gets its share (an indicator of its own, assigned to it, with its own targets and values), and
 * the province figure becomes the shares' sum where the responsible department does not enter
 * one. Run again after units were added, it adds the missing shares only.
 */
export function declareUnitReporting(
  tx: Tx,
  user: { id: number; role: Role },
  input: { code: string; year: number; kind: LocalUnitKind },
): UnitReportingResult {
  requirePlanEditor(tx, user, input.year);
  requireEditablePlanYear(tx, input.year);
  const parent = indicatorByCode(tx, input.code);
  if (parent.shareOfId !== null)
    throw new DomainError(422, `"${parent.code}" là phần của một đơn vị, không phải chỉ tiêu của tỉnh`, {
      code: "Chọn chỉ tiêu của tỉnh",
    });
  if (!assignmentOf(tx, parent.id, input.year))
    throw new DomainError(422, `Chỉ tiêu "${parent.code}" không có trong kế hoạch năm ${input.year}`, {
      code: `Không có trong kế hoạch năm ${input.year}`,
    });
  const existing = tx
    .select()
    .from(unitReporting)
    .where(and(eq(unitReporting.indicatorId, parent.id), eq(unitReporting.year, input.year)))
    .get();
  if (existing && existing.unitKind !== input.kind)
    throw new DomainError(
      409,
      `Chỉ tiêu "${parent.code}" năm ${input.year} đã do ${UNIT_KIND_PLURALS[existing.unitKind]} báo cáo`,
      { kind: "Đã chọn loại đơn vị khác" },
    );
  const units = tx
    .select()
    .from(departments)
    .where(eq(departments.kind, input.kind))
    .orderBy(departments.id)
    .all()
    .filter((unit) => validIn(unit, input.year));
  if (units.length === 0)
    throw new DomainError(422, `Năm ${input.year} chưa có đơn vị nào thuộc ${UNIT_KIND_PLURALS[input.kind]}`, {
      kind: "Chưa có đơn vị",
    });
  if (!existing)
    tx.insert(unitReporting).values({ indicatorId: parent.id, year: input.year, unitKind: input.kind }).run();

  const added: string[] = [];
  const shares = units.map((unit) => {
    const code = shareCode(parent.code, unit.code);
    let share = tx.select().from(indicators).where(eq(indicators.code, code)).get();
    if (!share) {
      const { id: _id, code: _code, version: _version, retiredAt: _r, retiredFromYear: _ry, ...copied } = parent;
      share = tx
        .insert(indicators)
        .values({ ...copied, code, parentId: null, shareOfId: parent.id, sentenceTemplate: null })
        .returning()
        .get();
    }
    if (!assignmentOf(tx, share.id, input.year)) {
      tx.insert(indicatorAssignments).values({ indicatorId: share.id, year: input.year, departmentId: unit.id }).run();
      added.push(code);
    }
    return code;
  });
  writeAudit(tx, {
    userId: user.id,
    action: "unit_reporting_set",
    entity: "indicator",
    entityId: parent.code,
    before: existing ? { year: input.year, kind: existing.unitKind } : null,
    after: { year: input.year, kind: input.kind, added },
  });
  return { code: parent.code, year: input.year, kind: input.kind, shares, added: added.length };
}
