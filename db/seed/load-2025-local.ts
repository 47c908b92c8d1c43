import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { indicatorAssignments, indicators, indicatorValues, submissions, targets } from "@/db/schema";
import type { Role } from "@/db/schema/vocabulary";
import { decimalStringFromScaled, scaledFromDecimalString } from "@/lib/numbers/decimal";
import { submissionMonthOf } from "@/lib/periods";
import { declareUnitReporting } from "@/lib/units/declare-reporting";
import { DISTRICT_INDICATORS } from "./data/districts";
import { LAST_DISTRICT_MONTH_2025 } from "./data/reorganisation-2025";
import type { SeedTarget, SeedValue } from "./data/types";
import { districtShareTargets, districtShareValues } from "./district-shares";

const YEAR = 2025;

/** A province figure of 2025 as loaded (scaled). */
export interface ProvinceRow2025 {
  indicatorId: number;
  period: SeedValue["period"];
  month: number;
  value: number;
  status: SeedValue["status"];
}

/**
 * The local governments' part of the demo's 2025 (issue 17): the three indicators the districts
 * reported in 2022–2024 are reported in 2025 by the districts (January to June) and then by the
 * communes and wards (from July). The districts' figures of January to June are the province's
 * 2025 figures split as in the seed era (district-shares.ts: they sum exactly to the province's),
 * with their targets, sent and approved; the wards have entered nothing yet. Returns the number
 * of values added.
 */
export function loadLocalGovernments2025(
  tx: Tx,
  by: {
    admin: { id: number; role: Role };
    plannerId: number;
    /** unit id → the officer who entered its figures */
    officerOf: ReadonlyMap<number | null, number>;
  },
  province: readonly ProvinceRow2025[],
): number {
  const { admin, plannerId, officerOf } = by;
  for (const code of DISTRICT_INDICATORS)
    for (const kind of ["district", "commune"] as const) declareUnitReporting(tx, admin, { code, year: YEAR, kind });

  const parents = tx
    .select({ id: indicators.id, code: indicators.code })
    .from(indicators)
    .where(inArray(indicators.code, [...DISTRICT_INDICATORS]))
    .all();
  const codeOf = new Map(parents.map((p) => [p.id, p.code]));
  const provinceValues: SeedValue[] = province
    .filter((row) => codeOf.has(row.indicatorId) && row.month <= LAST_DISTRICT_MONTH_2025)
    .map((row) => ({
      indicator: codeOf.get(row.indicatorId)!,
      year: YEAR,
      period: row.period,
      value: decimalStringFromScaled(row.value),
      status: row.status,
    }));
  const provinceTargets: SeedTarget[] = tx
    .select()
    .from(targets)
    .where(
      and(
        inArray(
          targets.indicatorId,
          parents.map((p) => p.id),
        ),
        eq(targets.year, YEAR),
        eq(targets.source, "hdnd"),
      ),
    )
    .all()
    .filter((t) => t.value !== null)
    .map((t) => ({
      indicator: codeOf.get(t.indicatorId)!,
      year: YEAR,
      source: "hdnd",
      value: decimalStringFromScaled(t.value!),
    }));

  const shares = tx
    .select({ id: indicators.id, code: indicators.code, departmentId: indicatorAssignments.departmentId })
    .from(indicators)
    .innerJoin(indicatorAssignments, eq(indicatorAssignments.indicatorId, indicators.id))
    .where(and(inArray(indicators.shareOfId, [...codeOf.keys()]), eq(indicatorAssignments.year, YEAR)))
    .all();
  const shareOf = new Map(shares.map((s) => [s.code, s]));

  const targetRows = districtShareTargets(provinceTargets).map((t) => ({
    indicatorId: shareOf.get(t.indicator)!.id,
    year: YEAR,
    source: t.source,
    value: scaledFromDecimalString(t.value!),
    derived: true,
    note: t.note ?? null,
  }));
  if (targetRows.length > 0) tx.insert(targets).values(targetRows).run();

  const valueRows = districtShareValues(provinceValues).map((v) => {
    const share = shareOf.get(v.indicator)!;
    return {
      indicatorId: share.id,
      year: YEAR,
      period: v.period,
      month: submissionMonthOf(v.period),
      departmentId: share.departmentId,
      value: scaledFromDecimalString(v.value),
      status: v.status,
      note: v.note ?? null,
      derived: true,
      updatedBy: officerOf.get(share.departmentId) ?? null,
    };
  });
  for (let i = 0; i < valueRows.length; i += 500)
    tx.insert(indicatorValues)
      .values(valueRows.slice(i, i + 500))
      .run();

  // the districts sent January to June and had them approved
  const districtIds = [...new Set(valueRows.map((v) => v.departmentId))];
  tx.insert(submissions)
    .values(approvedMonths(districtIds, YEAR, LAST_DISTRICT_MONTH_2025, plannerId))
    .run();
  return valueRows.length;
}

/** The submission rows of units that sent January to `months` of a year and had them approved (the 17th, the 19th). */
export function approvedMonths(departmentIds: readonly number[], year: number, months: number, plannerId: number) {
  return departmentIds.flatMap((departmentId) =>
    Array.from({ length: months }, (_, i) => {
      const mm = String(i + 1).padStart(2, "0");
      return {
        departmentId,
        year,
        month: i + 1,
        state: "approved" as const,
        submittedAt: `${year}-${mm}-17T02:00:00.000Z`,
        reviewedBy: plannerId,
        reviewedAt: `${year}-${mm}-19T02:00:00.000Z`,
      };
    }),
  );
}
