import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import {
  departments,
  indicatorAssignments,
  indicators,
  indicatorValues,
  planYears,
  submissions,
  users,
  valueRevisions,
} from "@/db/schema";
import { createDepartment } from "@/lib/admin/departments";
import { endUnit } from "@/lib/admin/end-unit";
import { mergeDepartment } from "@/lib/admin/merge-department";
import { createPlanYear, openPlanYear } from "@/lib/admin/plan-years";
import { hashPassword } from "@/lib/auth/password";
import { isPercentUnit } from "@/lib/numbers";
import { SCALE_DIGITS, scaledFromDecimalString } from "@/lib/numbers/decimal";
import { submissionMonthOf } from "@/lib/periods";
import { declareSuccession } from "@/lib/units/successions";
import { indicators as seedIndicators, values } from "./data";
import {
  FIRST_ESTIMATE_MONTH_2025,
  GROWTH_PERCENT_2025,
  LAST_DISTRICT_MONTH_2025,
  MERGERS_2025,
  MONTHS_2025,
  NEW_DEPARTMENTS_2025,
  NOTE_2025,
  NOTE_2025_PERCENT,
  WARDS_2025,
  WARDS_PREDECESSOR,
} from "./data/reorganisation-2025";
import { DEMO_PASSWORD, lowerFirst } from "./demo-users";
import { approvedMonths, loadLocalGovernments2025 } from "./load-2025-local";

export const YEAR_2025 = 2025;

/** The 2025 figure of a 2024 one (scaled): grown for amounts and counts, at the indicator's precision. */
export function figure2025(value2024: number, unit: string, precision: number): number {
  if (isPercentUnit(unit)) return value2024;
  const step = 10 ** (SCALE_DIGITS - Math.min(precision, SCALE_DIGITS));
  return Math.round((value2024 * GROWTH_PERCENT_2025) / (100 * step)) * step;
}

/**
 * The demo's plan year 2025, after the seed era (loadDemoProvince), built as the province's
 * admin would: the new department and the wards, the merged departments (their 2025
 * indicators move to the department they merged into, lib/admin/merge-department.ts), the
 * successions declared, the plan copied from 2024 with its targets and opened, the districts
 * ended with June, then January to September entered and approved (illustrative figures, marked
 * derived), and the local governments' part (load-2025-local.ts). 2024 is left as it is.
 */
export function loadReorganisation2025(db: Db): { values: number; units: number } {
  const passwordHash = hashPassword(DEMO_PASSWORD);
  return writeTransaction(db, (tx) => {
    const admin = tx.select({ id: users.id }).from(users).where(eq(users.username, "admin")).get();
    const planner = tx.select({ id: users.id }).from(users).where(eq(users.username, "tonghop")).get();
    if (!admin || !planner) throw new Error("The 2025 reorganisation needs the demo province loaded first");
    const newUnits = [...NEW_DEPARTMENTS_2025, ...WARDS_2025];
    for (const unit of newUnits) {
      createDepartment(tx, admin.id, unit);
      const { id } = tx.select({ id: departments.id }).from(departments).where(eq(departments.code, unit.code)).get()!;
      const label = unit.kind === "commune" ? `UBND ${lowerFirst(unit.name)}` : unit.shortName;
      tx.insert(users)
        .values([
          {
            username: `${unit.code}.canbo`,
            fullName: `Cán bộ ${label}`,
            role: "officer",
            departmentId: id,
            passwordHash,
          },
          {
            username: `${unit.code}.lanhdao`,
            fullName: `Lãnh đạo ${label}`,
            role: "dept_head",
            departmentId: id,
            passwordHash,
          },
        ])
        .run();
    }
    for (const [from, into] of MERGERS_2025) mergeDepartment(tx, admin.id, { from, into, fromYear: YEAR_2025 });
    const mergedInto = new Map<string, string[]>();
    for (const [from, into] of MERGERS_2025) mergedInto.set(into, [...(mergedInto.get(into) ?? []), from]);
    for (const [successor, predecessors] of mergedInto)
      declareSuccession(tx, admin.id, { successor, predecessors, fromYear: YEAR_2025 });
    for (const ward of WARDS_2025)
      declareSuccession(tx, admin.id, { successor: ward.code, predecessors: [WARDS_PREDECESSOR], fromYear: YEAR_2025 });

    createPlanYear(tx, admin.id, { year: YEAR_2025, copyFrom: YEAR_2025 - 1, copyTargets: true });
    const plan = tx.select().from(planYears).where(eq(planYears.year, YEAR_2025)).get()!;
    openPlanYear(tx, admin.id, { year: YEAR_2025, version: plan.version });
    // the districts end with June 2025
    for (const district of tx.select().from(departments).where(eq(departments.kind, "district")).all())
      if (district.validTo === YEAR_2025)
        endUnit(tx, admin.id, {
          code: district.code,
          lastYear: YEAR_2025,
          lastMonth: LAST_DISTRICT_MONTH_2025,
          version: district.version,
        });

    // who enters each indicator in 2025 (after the merges), and its precision and unit
    const assigned = new Map(
      tx
        .select({ code: indicators.code, departmentId: indicatorAssignments.departmentId })
        .from(indicatorAssignments)
        .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
        .where(eq(indicatorAssignments.year, YEAR_2025))
        .all()
        .map((r) => [r.code, r.departmentId]),
    );
    const idOf = new Map(
      tx
        .select({ code: indicators.code, id: indicators.id })
        .from(indicators)
        .where(inArray(indicators.code, [...assigned.keys()]))
        .all()
        .map((r) => [r.code, r.id]),
    );
    const seedOf = new Map(seedIndicators.map((i) => [i.code, i]));
    const officerOf = new Map(
      tx
        .select({ departmentId: users.departmentId, id: users.id })
        .from(users)
        .where(eq(users.role, "officer"))
        .all()
        .map((u) => [u.departmentId, u.id]),
    );
    const rows = values
      .filter((v) => v.year === YEAR_2025 - 1 && v.period !== "N" && v.period !== "UN" && assigned.has(v.indicator))
      .map((v) => ({ v, month: submissionMonthOf(v.period) }))
      .filter(({ month }) => month <= MONTHS_2025)
      .map(({ v, month }) => {
        const seed = seedOf.get(v.indicator)!;
        const percent = isPercentUnit(seed.unit);
        const departmentId = assigned.get(v.indicator)!;
        return {
          indicatorId: idOf.get(v.indicator)!,
          year: YEAR_2025,
          period: v.period,
          month,
          departmentId,
          value: figure2025(scaledFromDecimalString(v.value), seed.unit, seed.precision),
          status: month >= FIRST_ESTIMATE_MONTH_2025 ? ("estimate" as const) : ("official" as const),
          note: percent ? NOTE_2025_PERCENT : NOTE_2025,
          derived: true,
          updatedBy: officerOf.get(departmentId) ?? null,
        };
      });
    for (let i = 0; i < rows.length; i += 500)
      tx.insert(indicatorValues)
        .values(rows.slice(i, i + 500))
        .run();
    const local = loadLocalGovernments2025(
      tx,
      { admin: { id: admin.id, role: "admin" }, plannerId: planner.id, officerOf },
      rows,
    );
    tx.run(
      sql`insert into ${valueRevisions} (value_id, version, value, status, note, reason, changed_by)
          select id, 1, value, status, note, ${"Dữ liệu mẫu"}, updated_by from ${indicatorValues}
          where year = ${YEAR_2025} order by id`,
    );
    // every department with indicators in 2025 sent January..September and had them approved
    const reporting = [...new Set(assigned.values())];
    tx.insert(submissions)
      .values(approvedMonths(reporting, YEAR_2025, MONTHS_2025, planner.id))
      .run();
    return { values: rows.length + local, units: newUnits.length };
  });
}
