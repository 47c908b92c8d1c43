import { sql } from "drizzle-orm";
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
import { departments, indicators, narratives, results, sections, targets, values } from "./data";
import { DEMO_PASSWORD, demoUsers } from "./demo-users";

export const DEMO_YEARS = [2022, 2023, 2024];

const scaledOrNull = (text: string | undefined) => (text === undefined ? null : scaledFromDecimalString(text));

/**
 * The demo's workflow picture: every month approved, except December 2024, which the
 * planners still have to review (submitted); two departments are still preparing it
 * (draft) and one was returned with a reason.
 */
export function demoSubmissionState(department: string, year: number, month: number): SubmissionState {
  if (year !== 2024 || month !== 12) return "approved";
  if (department === "stnmt" || department === "vpubnd") return "draft";
  if (department === "sldtbxh") return "returned";
  return "submitted";
}

export function isDatabaseEmpty(db: Db): boolean {
  const row = db.get<{ n: number }>(sql`select count(*) as n from ${users}`);
  return row.n === 0;
}

/** Loads the Lạng Sơn demo province in one transaction: all of it or nothing. */
export function loadDemoProvince(db: Db): { indicators: number; values: number; users: number } {
  const passwordHash = hashPassword(DEMO_PASSWORD);
  writeTransaction(db, (tx) => {
    for (const year of DEMO_YEARS)
      tx.insert(planYears)
        .values({ year, status: year === 2024 ? "open" : "closed" })
        .run();
    const deptIds = new Map<string, number>();
    for (const d of departments) {
      const row = tx.insert(departmentsTable).values(d).returning({ id: departmentsTable.id }).get();
      deptIds.set(d.code, row.id);
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
    for (const t of targets) {
      tx.insert(targetsTable)
        .values({
          indicatorId: indicatorIds.get(t.indicator)!,
          year: t.year,
          source: t.source,
          value: scaledOrNull(t.value),
          min: scaledOrNull(t.min),
          max: scaledOrNull(t.max),
          derived: t.derived ?? false,
          note: t.note ?? null,
        })
        .run();
    }
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
    for (const v of values) {
      const indicatorId = indicatorIds.get(v.indicator);
      if (!indicatorId) throw new Error(`Unknown indicator ${v.indicator}`);
      const departmentId = indicatorDept.get(v.indicator)!;
      const officer =
        userIds.get(`${departments.find((d) => deptIds.get(d.code) === departmentId)!.code}.canbo`) ?? null;
      const scaled = scaledFromDecimalString(v.value);
      const row = tx
        .insert(indicatorValues)
        .values({
          indicatorId,
          year: v.year,
          period: v.period,
          month: submissionMonthOf(v.period),
          departmentId,
          value: scaled,
          status: v.status,
          note: v.note ?? null,
          derived: v.derived ?? false,
          updatedBy: officer,
        })
        .returning({ id: indicatorValues.id })
        .get();
      tx.insert(valueRevisions)
        .values({
          valueId: row.id,
          version: 1,
          value: scaled,
          status: v.status,
          note: v.note ?? null,
          reason: "Dữ liệu mẫu",
          changedBy: officer,
        })
        .run();
    }
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
    const codeOf = new Map([...deptIds.entries()].map(([code, id]) => [id, code]));
    const valueYears = [...new Set([...DEMO_YEARS, ...values.map((v) => v.year)])].sort();
    for (const year of valueYears) {
      for (const deptId of deptIds.values()) {
        for (let month = 1; month <= 12; month += 1) {
          const state = demoSubmissionState(codeOf.get(deptId)!, year, month);
          const mm = String(month).padStart(2, "0");
          tx.insert(submissions)
            .values({
              departmentId: deptId,
              year,
              month,
              state,
              submittedAt: state === "draft" ? null : `${year}-${mm}-17T02:00:00.000Z`,
              reviewedBy: state === "approved" || state === "returned" ? planner : null,
              reviewedAt: state === "approved" || state === "returned" ? `${year}-${mm}-19T02:00:00.000Z` : null,
              returnReason:
                state === "returned" ? "Đề nghị rà soát lại số liệu tháng 12 so với báo cáo của Cục Thống kê" : null,
            })
            .run();
        }
      }
    }
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
        after: { indicators: indicators.length, values: values.length, narratives: narratives.length },
      })
      .run();
  });
  return { indicators: indicators.length, values: values.length, users: demoUsers.length };
}
