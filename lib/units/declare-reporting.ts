import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, indicatorAssignments, indicators, unitReporting } from "@/db/schema";
import type { LocalUnitKind, Role } from "@/db/schema/vocabulary";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { UNIT_KIND_PLURALS } from "@/lib/vocabulary/labels";
import { assignmentOf, indicatorByCode } from "@/lib/admin/lookups";
import { requirePlanEditor } from "@/lib/admin/plan-editor";
import { requireEditablePlanYear } from "@/lib/admin/plan-years";
import { monthsPhrase, overlaps, unitMonths, type MonthRange, type UnitSpan } from "./unit-months";

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
  const declared = tx
    .select()
    .from(unitReporting)
    .where(and(eq(unitReporting.indicatorId, parent.id), eq(unitReporting.year, input.year)))
    .all();
  const existing = declared.find((d) => d.unitKind === input.kind);
  const units = unitsOfKind(tx, input.kind, input.year);
  if (units.length === 0)
    throw new DomainError(422, `Năm ${input.year} chưa có đơn vị nào thuộc ${UNIT_KIND_PLURALS[input.kind]}`, {
      kind: "Chưa có đơn vị",
    });
  // two kinds in one year only one after the other (2025: the districts to June, the communes from July)
  const mine = monthsCovered(units, input.year)!;
  for (const other of declared.filter((d) => d.unitKind !== input.kind)) {
    const theirs = monthsCovered(unitsOfKind(tx, other.unitKind, input.year), input.year);
    if (theirs && overlaps(mine, theirs))
      throw new DomainError(
        409,
        `Chỉ tiêu "${parent.code}" năm ${input.year} đã do ${UNIT_KIND_PLURALS[other.unitKind]} báo cáo ${monthsPhrase(theirs, input.year)}, trùng với ${UNIT_KIND_PLURALS[input.kind]} (${monthsPhrase(mine, input.year)})`,
        { kind: "Đã chọn loại đơn vị khác cho cùng các tháng" },
      );
  }
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

/** The units of a kind reporting in the year (at least one of its months). */
function unitsOfKind(tx: Tx, kind: LocalUnitKind, year: number) {
  return tx
    .select()
    .from(departments)
    .where(eq(departments.kind, kind))
    .orderBy(departments.id)
    .all()
    .filter((unit) => unitMonths(unit, year) !== null);
}

/** From the first month any of the units reports in the year to the last; null without units. */
function monthsCovered(units: readonly UnitSpan[], year: number): MonthRange | null {
  const ranges = units.map((unit) => unitMonths(unit, year)!);
  if (ranges.length === 0) return null;
  return { from: Math.min(...ranges.map((r) => r.from)), to: Math.max(...ranges.map((r) => r.to)) };
}
