import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import {
  auditLog,
  departments as departmentsTable,
  indicatorAssignments,
  indicators as indicatorsTable,
  indicatorValues,
  narratives as narrativesTable,
  planYears,
  reportSections,
  resultItems,
  submissions,
  targets as targetsTable,
  users,
  valueRevisions,
  type SubmissionState,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { scaledFromDecimalString } from "@/lib/numbers/decimal";
import { submissionMonthOf } from "@/lib/periods";
import { searchKey } from "@/lib/text/search";
import { declareUnitReporting } from "@/lib/units/declare-reporting";
import { departments, indicators, narratives, results, sections, targets, values } from "./data";
import { DISTRICT_INDICATORS, districts } from "./data/districts";
import { DEMO_PASSWORD, demoUsers } from "./demo-users";
import { districtShareTargets, districtShareValues } from "./district-shares";

export const DEMO_YEARS = [2022, 2023, 2024];
/** The demo's past plan years: closed (every value locked); 2024 is open. */
const CLOSED_YEARS = [2022, 2023];

const scaledOrNull = (text: string | undefined) => (text === undefined ? null : scaledFromDecimalString(text));

/** Departments and districts still preparing December 2024 in the demo. */
export const DEMO_DRAFT_UNITS = ["stnmt", "vpubnd", "h.huu_lung", "h.loc_binh"];
/** Departments and districts whose December 2024 was returned with a reason. */
export const DEMO_RETURNED_UNITS = ["sldtbxh", "h.bac_son"];

/**
 * The demo's workflow picture, the same for departments and districts: every month approved,
 * except December 2024, which the planners still have to review (submitted); two departments
 * and two districts are still preparing it (draft) and one of each was returned with a reason.
 */
export function demoSubmissionState(unit: string, year: number, month: number): SubmissionState {
  if (year !== 2024 || month !== 12) return "approved";
  if (DEMO_DRAFT_UNITS.includes(unit)) return "draft";
  if (DEMO_RETURNED_UNITS.includes(unit)) return "returned";
  return "submitted";
}

/** The demo's figures and targets: the province's, then the districts' shares derived from them. */
const shareValues = districtShareValues(values);
const shareTargets = districtShareTargets(targets);
const allTargets = [...targets, ...shareTargets];
/** Rows per multi-row insert (well under SQLite's limit of bound parameters). */
const CHUNK = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export function isDatabaseEmpty(db: Db): boolean {
  const row = db.get<{ n: number }>(sql`select count(*) as n from ${users}`);
  return row.n === 0;
}

/** Loads the Lạng Sơn demo province in one transaction: all of it or nothing. */
export function loadDemoProvince(db: Db): { indicators: number; values: number; users: number } {
  const passwordHash = hashPassword(DEMO_PASSWORD);
  writeTransaction(db, (tx) => {
    // every year open while the plan is built; 2022 and 2023 are closed at the end
    for (const year of DEMO_YEARS) tx.insert(planYears).values({ year, status: "open" }).run();
    const deptIds = new Map<string, number>();
    for (const { code, name, shortName, kind, validFrom, validTo } of [...departments, ...districts]) {
      const row = tx
        .insert(departmentsTable)
        .values({ code, name, shortName, kind, validFrom, validTo })
        .returning({ id: departmentsTable.id })
        .get();
      deptIds.set(code, row.id);
    }
    const sectionIds = new Map<string, number>();
    for (const s of sections) {
      const row = tx
        .insert(reportSections)
        .values({
          code: s.code,
          title: s.title,
          parentId: s.parent ? sectionIds.get(s.parent) : null,
          sortOrder: s.order,
          narrativeOnly: s.narrativeOnly ?? false,
        })
        .returning({ id: reportSections.id })
        .get();
      sectionIds.set(s.code, row.id);
    }
    const indicatorIds = new Map<string, number>();
    const indicatorDept = new Map<string, number>();
    indicators.forEach((ind, index) => {
      const row = tx
        .insert(indicatorsTable)
        .values({
          code: ind.code,
          name: ind.name,
          sentenceName: ind.sentenceName ?? null,
          unit: ind.unit,
          kind: ind.kind,
          parentId: ind.parent ? indicatorIds.get(ind.parent) : null,
          sectionId: sectionIds.get(ind.section),
          sortOrder: index,
          precision: ind.precision,
          pctPrecision: ind.pctPrecision ?? 1,
          changePrecision: ind.changePrecision ?? 1,
          changeStyle: ind.changeStyle ?? "change",
          direction: ind.direction ?? "up",
          sentenceTemplate: ind.sentenceTemplate ?? null,
          searchName: searchKey(ind.name),
        })
        .returning({ id: indicatorsTable.id })
        .get();
      indicatorIds.set(ind.code, row.id);
      const deptId = deptIds.get(ind.department);
      if (!deptId) throw new Error(`Unknown department ${ind.department} for ${ind.code}`);
      indicatorDept.set(ind.code, deptId);
      for (const year of DEMO_YEARS)
        tx.insert(indicatorAssignments).values({ indicatorId: row.id, year, departmentId: deptId }).run();
    });
    const userIds = new Map<string, number>();
    for (const u of demoUsers) {
      const row = tx
        .insert(users)
        .values({
          username: u.username,
          fullName: u.fullName,
          role: u.role,
          departmentId: u.department ? deptIds.get(u.department) : null,
          passwordHash,
        })
        .returning({ id: users.id })
        .get();
      userIds.set(u.username, row.id);
    }
    // every district reports three province indicators each year: each gets its share (lib/units)
    const admin = { id: userIds.get("admin")!, role: "admin" as const };
    for (const year of DEMO_YEARS)
      for (const code of DISTRICT_INDICATORS) declareUnitReporting(tx, admin, { code, year, kind: "district" });
    const shareCodes = [...new Set([...shareValues, ...shareTargets].map((row) => row.indicator))];
    for (const share of tx
      .select({ id: indicatorsTable.id, code: indicatorsTable.code })
      .from(indicatorsTable)
      .where(inArray(indicatorsTable.code, shareCodes))
      .all()) {
      indicatorIds.set(share.code, share.id);
      indicatorDept.set(share.code, deptIds.get(share.code.slice(share.code.indexOf("@") + 1))!);
    }
    const idOf = (code: string) => {
      const id = indicatorIds.get(code);
      if (!id) throw new Error(`Unknown indicator ${code}`);
      return id;
    };
    for (const rows of chunks(allTargets))
      tx.insert(targetsTable)
        .values(
          rows.map((t) => ({
            indicatorId: idOf(t.indicator),
            year: t.year,
            source: t.source,
            value: scaledOrNull(t.value),
            min: scaledOrNull(t.min),
            max: scaledOrNull(t.max),
            derived: t.derived ?? false,
            note: t.note ?? null,
          })),
        )
        .run();
    const codeOf = new Map([...deptIds.entries()].map(([code, id]) => [id, code]));
    for (const rows of chunks([...values, ...shareValues]))
      tx.insert(indicatorValues)
        .values(
          rows.map((v) => {
            const indicatorId = idOf(v.indicator);
            const departmentId = indicatorDept.get(v.indicator)!;
            return {
              indicatorId,
              year: v.year,
              period: v.period,
              month: submissionMonthOf(v.period),
              departmentId,
              value: scaledFromDecimalString(v.value),
              status: v.status,
              note: v.note ?? null,
              derived: v.derived ?? false,
              updatedBy: userIds.get(`${codeOf.get(departmentId)}.canbo`) ?? null,
            };
          }),
        )
        .run();
    // each value's first version, as entered
    tx.run(
      sql`insert into ${valueRevisions} (value_id, version, value, status, note, reason, changed_by)
          select id, 1, value, status, note, ${"Dữ liệu mẫu"}, updated_by from ${indicatorValues} order by id`,
    );
    for (const r of results) {
      const [year, month] = r.date.split("-").map(Number);
      tx.insert(resultItems)
        .values({
          departmentId: deptIds.get(r.department)!,
          year,
          month,
          date: r.date,
          sectionCode: r.section,
          text: r.text,
          figures: r.figures.map((f) => ({ value: scaledFromDecimalString(f.value), unit: f.unit })),
          updatedBy: userIds.get(`${r.department}.canbo`) ?? null,
        })
        .run();
    }
    const planner = userIds.get("tonghop")!;
    const valueYears = [...new Set([...DEMO_YEARS, ...values.map((v) => v.year)])].sort();
    const submissionRows = [...departments, ...districts].flatMap((unit) =>
      // the departments also hold the months of last year's bases; the districts their own years
      (unit.kind === "district" ? DEMO_YEARS : valueYears).flatMap((year) =>
        Array.from({ length: 12 }, (_, i) => {
          const month = i + 1;
          const state = demoSubmissionState(unit.code, year, month);
          const mm = String(month).padStart(2, "0");
          const reviewed = state === "approved" || state === "returned";
          return {
            departmentId: deptIds.get(unit.code)!,
            year,
            month,
            state,
            submittedAt: state === "draft" ? null : `${year}-${mm}-17T02:00:00.000Z`,
            reviewedBy: reviewed ? planner : null,
            reviewedAt: reviewed ? `${year}-${mm}-19T02:00:00.000Z` : null,
            returnReason:
              state === "returned" ? "Đề nghị rà soát lại số liệu tháng 12 so với báo cáo của Cục Thống kê" : null,
          };
        }),
      ),
    );
    for (const rows of chunks(submissionRows)) tx.insert(submissions).values(rows).run();
    for (const n of narratives) {
      const author = userIds.get(`${n.department}.canbo`);
      const departmentId = deptIds.get(n.department);
      if (!author || !departmentId) throw new Error(`Unknown department ${n.department} for a narrative`);
      const mm = String(n.month).padStart(2, "0");
      tx.insert(narrativesTable)
        .values({
          departmentId,
          year: n.year,
          month: n.month,
          highlights: n.highlights,
          difficulties: n.difficulties,
          tasks: n.tasks,
          updatedBy: author,
          updatedAt: `${n.year}-${mm}-16T02:00:00.000Z`,
        })
        .run();
    }
    tx.insert(auditLog)
      .values({
        action: "seed_demo",
        entity: "database",
        entityId: "demo",
        after: {
          indicators: indicators.length,
          values: values.length + shareValues.length,
          narratives: narratives.length,
          districts: districts.length,
        },
      })
      .run();
    tx.update(planYears).set({ status: "closed" }).where(inArray(planYears.year, CLOSED_YEARS)).run();
  });
  return { indicators: indicators.length, values: values.length + shareValues.length, users: demoUsers.length };
}
