import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  departments,
  indicatorAssignments,
  indicators,
  planYears,
  reportOpenings,
  submissions,
  targets,
  type SubmissionState,
} from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { DEFAULT_OPENINGS, REPORT_KINDS, type ReportKind } from "@/lib/draft/opening";
import { writeAudit } from "@/lib/audit/write";
import { departmentInYear } from "./department-successor";

type PlanYearRow = typeof planYears.$inferSelect;

export function requirePlanYear(tx: Tx, year: number, version?: number): PlanYearRow {
  const plan = tx.select().from(planYears).where(eq(planYears.year, year)).get();
  if (!plan) throw new DomainError(404, `Chưa có kế hoạch năm ${year}`, { year: `Chưa có kế hoạch năm ${year}` });
  if (version !== undefined && plan.version !== version) {
    throw new DomainError(409, `Kế hoạch năm ${year} vừa được người khác thay đổi; hãy tải lại trang rồi làm lại`);
  }
  return plan;
}

/** Refuses changes to the plan (targets, assignments) of a closed year: closing locks the whole year. */
export function requireEditablePlanYear(tx: Tx, year: number): PlanYearRow {
  const plan = requirePlanYear(tx, year);
  if (plan.status === "closed")
    throw new DomainError(409, `Năm kế hoạch ${year} đã khóa sổ; mở lại năm (có lý do) trước khi sửa kế hoạch`);
  return plan;
}

/** A plan year as the API and the admin forms get it back after a change. */
export function planYearJson(plan: PlanYearRow) {
  return {
    year: plan.year,
    status: plan.status,
    cutoffDay: plan.cutoffDay,
    dueDay: plan.dueDay,
    plannersMayEdit: plan.plannersMayEdit,
    version: plan.version,
  };
}

function bump(tx: Tx, year: number, changes: Partial<PlanYearRow>): PlanYearRow {
  return tx
    .update(planYears)
    .set({
      ...changes,
      version: tx.select({ v: planYears.version }).from(planYears).where(eq(planYears.year, year)).get()!.v + 1,
    })
    .where(eq(planYears.year, year))
    .returning()
    .get();
}

export interface CreatedPlanYear {
  year: number;
  status: PlanYearRow["status"];
  copiedFrom: number | null;
  indicators: number;
  targets: number;
}

/**
 * Creates a plan year in preparation (draft), optionally copying another year's indicators with
 * their responsible departments (following merges into the new year), its settings and report
 * openings, and, if asked, its targets as a starting point. Retired indicators are left out. Nothing is written if a department has no
 * successor in the new year. The units' shares of an indicator reported by every unit of a kind
 * (lib/units) are not copied: the new year declares which kind reports it.
 */
export function createPlanYear(
  tx: Tx,
  actorId: number,
  input: { year: number; copyFrom?: number; copyTargets?: boolean },
): CreatedPlanYear {
  if (tx.select().from(planYears).where(eq(planYears.year, input.year)).get()) {
    throw new DomainError(409, `Đã có kế hoạch năm ${input.year}`, { year: `Đã có kế hoạch năm ${input.year}` });
  }
  const source =
    input.copyFrom === undefined
      ? undefined
      : tx.select().from(planYears).where(eq(planYears.year, input.copyFrom)).get();
  if (input.copyFrom !== undefined && !source)
    throw new DomainError(422, `Không có kế hoạch năm ${input.copyFrom} để sao chép`, {
      copyFrom: `Không có kế hoạch năm ${input.copyFrom}`,
    });
  tx.insert(planYears)
    .values({
      year: input.year,
      status: "draft",
      ...(source
        ? {
            cutoffDay: source.cutoffDay,
            dueDay: source.dueDay,
            atRiskRatio: source.atRiskRatio,
            jumpFactor: source.jumpFactor,
          }
        : {}),
    })
    .run();
  let copiedIndicators = 0;
  let copiedTargets = 0;
  if (source) {
    // the reports' openings are templates ({year}, {period}, {next}): they carry over as they are
    for (const o of tx.select().from(reportOpenings).where(eq(reportOpenings.year, source.year)).all())
      tx.insert(reportOpenings)
        .values({ ...o, year: input.year })
        .run();
    const allDepartments = tx.select().from(departments).all();
    const rows = tx
      .select({
        indicatorId: indicatorAssignments.indicatorId,
        departmentId: indicatorAssignments.departmentId,
        code: indicators.code,
        retiredFromYear: indicators.retiredFromYear,
        shareOfId: indicators.shareOfId,
      })
      .from(indicatorAssignments)
      .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
      .where(eq(indicatorAssignments.year, source.year))
      .all()
      .filter((r) => r.retiredFromYear === null || r.retiredFromYear > input.year)
      // the units' shares (lib/units) are not copied: which kind of unit reports an indicator is
      // declared for each year (declareUnitReporting), as the units change (districts, then communes)
      .filter((r) => r.shareOfId === null);
    const orphans: string[] = [];
    const assignments = rows.map((r) => {
      const dept = departmentInYear(allDepartments, r.departmentId, input.year);
      if (!dept) orphans.push(r.code);
      return { indicatorId: r.indicatorId, year: input.year, departmentId: dept?.id ?? -1 };
    });
    if (orphans.length > 0) {
      throw new DomainError(
        422,
        `Đơn vị chủ trì của ${orphans.length} chỉ tiêu không còn hiệu lực năm ${input.year} và không có đơn vị tiếp nhận: ${orphans.slice(0, 10).join(", ")}${orphans.length > 10 ? "…" : ""}. Hãy sáp nhập hoặc giao lại trước khi tạo năm.`,
      );
    }
    for (const a of assignments) tx.insert(indicatorAssignments).values(a).run();
    copiedIndicators = assignments.length;
    if (input.copyTargets && assignments.length > 0) {
      const kept = assignments.map((a) => a.indicatorId);
      const old = tx
        .select()
        .from(targets)
        .where(and(eq(targets.year, source.year), inArray(targets.indicatorId, kept)))
        .all();
      for (const t of old) {
        tx.insert(targets)
          .values({
            indicatorId: t.indicatorId,
            year: input.year,
            source: t.source,
            value: t.value,
            min: t.min,
            max: t.max,
            derived: false,
            note: `Sao chép từ kế hoạch năm ${source.year}`,
          })
          .run();
      }
      copiedTargets = old.length;
    }
  }
  const created: CreatedPlanYear = {
    year: input.year,
    status: "draft",
    copiedFrom: source?.year ?? null,
    indicators: copiedIndicators,
    targets: copiedTargets,
  };
  writeAudit(tx, {
    userId: actorId,
    action: "plan_year_create",
    entity: "plan_year",
    entityId: input.year,
    after: created,
  });
  return created;
}

/** A year in preparation is opened to the departments. */
export function openPlanYear(tx: Tx, actorId: number, input: { year: number; version: number }): PlanYearRow {
  const plan = requirePlanYear(tx, input.year, input.version);
  if (plan.status === "closed")
    throw new DomainError(409, `Năm ${input.year} đã khóa sổ; dùng "Mở lại năm" và ghi lý do`);
  if (plan.status === "open") throw new DomainError(409, `Năm ${input.year} đã mở`);
  const after = bump(tx, input.year, { status: "open" });
  writeAudit(tx, {
    userId: actorId,
    action: "plan_year_open",
    entity: "plan_year",
    entityId: input.year,
    before: { status: plan.status },
    after: { status: "open" },
  });
  return after;
}

export interface UnapprovedSubmission {
  department: string;
  month: number;
  state: SubmissionState;
}

export function unapprovedSubmissions(tx: Tx, year: number): UnapprovedSubmission[] {
  return tx
    .select({ department: departments.name, month: submissions.month, state: submissions.state })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .where(and(eq(submissions.year, year), ne(submissions.state, "approved")))
    .orderBy(submissions.month, departments.name)
    .all();
}

/**
 * Closes a year: every value of the year is locked (requireOpenYear refuses changes). With
 * submissions not yet approved it warns first (409 with the list) and closes only when confirmed.
 */
export function closePlanYear(
  tx: Tx,
  actorId: number,
  input: { year: number; version: number; confirm?: boolean },
): PlanYearRow {
  const plan = requirePlanYear(tx, input.year, input.version);
  if (plan.status === "closed") throw new DomainError(409, `Năm ${input.year} đã khóa sổ`);
  const pending = unapprovedSubmissions(tx, input.year);
  if (pending.length > 0 && !input.confirm) {
    throw new DomainError(
      409,
      `Còn ${pending.length} báo cáo tháng năm ${input.year} chưa được duyệt. Khóa sổ sẽ khóa cả các số liệu này. Xác nhận nếu vẫn muốn khóa sổ.`,
      undefined,
      { needsConfirmation: true, unapproved: pending },
    );
  }
  const after = bump(tx, input.year, { status: "closed" });
  writeAudit(tx, {
    userId: actorId,
    action: "plan_year_close",
    entity: "plan_year",
    entityId: input.year,
    before: { status: plan.status },
    after: { status: "closed", unapproved: pending.length },
  });
  return after;
}

/** Reopens a closed year; the reason is required and kept in the audit log. */
export function reopenPlanYear(
  tx: Tx,
  actorId: number,
  input: { year: number; version: number; reason: string },
): PlanYearRow {
  const plan = requirePlanYear(tx, input.year, input.version);
  if (plan.status !== "closed") throw new DomainError(409, `Năm ${input.year} chưa khóa sổ`);
  const after = bump(tx, input.year, { status: "open" });
  writeAudit(tx, {
    userId: actorId,
    action: "plan_year_reopen",
    entity: "plan_year",
    entityId: input.year,
    before: { status: "closed" },
    after: { status: "open" },
    reason: input.reason,
  });
  return after;
}

/** Cut-off and due days, and whether planners may edit the year's targets and indicators. */
export function updatePlanYearSettings(
  tx: Tx,
  actorId: number,
  input: { year: number; version: number; cutoffDay: number; dueDay: number; plannersMayEdit: boolean },
): PlanYearRow {
  const plan = requirePlanYear(tx, input.year, input.version);
  const before = { cutoffDay: plan.cutoffDay, dueDay: plan.dueDay, plannersMayEdit: plan.plannersMayEdit };
  const after = bump(tx, input.year, {
    cutoffDay: input.cutoffDay,
    dueDay: input.dueDay,
    plannersMayEdit: input.plannersMayEdit,
  });
  writeAudit(tx, {
    userId: actorId,
    action: "plan_year_settings",
    entity: "plan_year",
    entityId: input.year,
    before,
    after: { cutoffDay: after.cutoffDay, dueDay: after.dueDay, plannersMayEdit: after.plannersMayEdit },
  });
  return after;
}

export type ReportOpeningsInput = { year: number; version: number; openings: Record<ReportKind, string> };

/** The openings a year's reports use now: the admin's text per kind, else the default. */
export function reportOpeningsOf(tx: Db | Tx, year: number): Record<ReportKind, string> {
  const stored = new Map(
    tx
      .select()
      .from(reportOpenings)
      .where(eq(reportOpenings.year, year))
      .all()
      .map((r) => [r.kind, r.text]),
  );
  return Object.fromEntries(REPORT_KINDS.map((k) => [k, stored.get(k) ?? DEFAULT_OPENINGS[k]])) as Record<
    ReportKind,
    string
  >;
}

/**
 * Sets the opening of each report kind of a year ("Thực hiện …, UBND tỉnh báo cáo … như sau:").
 * A text left empty or equal to the default is stored as nothing: the year then follows the
 * default. Checked against the year's version (a concurrent change is a conflict), audited with
 * the kinds that changed.
 */
export function saveReportOpenings(tx: Tx, actorId: number, input: ReportOpeningsInput): PlanYearRow {
  requirePlanYear(tx, input.year, input.version);
  const before = reportOpeningsOf(tx, input.year);
  const changed: Partial<Record<ReportKind, { before: string; after: string }>> = {};
  for (const kind of REPORT_KINDS) {
    const text = input.openings[kind].trim();
    const after = text === "" ? DEFAULT_OPENINGS[kind] : text;
    if (after === before[kind]) continue;
    changed[kind] = { before: before[kind], after };
    tx.delete(reportOpenings)
      .where(and(eq(reportOpenings.year, input.year), eq(reportOpenings.kind, kind)))
      .run();
    if (after !== DEFAULT_OPENINGS[kind])
      tx.insert(reportOpenings).values({ year: input.year, kind, text: after }).run();
  }
  const kinds = Object.keys(changed) as ReportKind[];
  if (kinds.length === 0) return requirePlanYear(tx, input.year);
  // the year's version moves too: a concurrent save conflicts, and the change journal (plan_years
  // trigger) moves, so drafts served with an ETag are generated again with the new opening
  const plan = bump(tx, input.year, {});
  writeAudit(tx, {
    userId: actorId,
    action: "plan_year_openings",
    entity: "plan_year",
    entityId: input.year,
    before: Object.fromEntries(kinds.map((k) => [k, changed[k]!.before])),
    after: Object.fromEntries(kinds.map((k) => [k, changed[k]!.after])),
  });
  return plan;
}
