import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { departments, indicators, planYears, users } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { createPlanYear } from "@/lib/admin/plan-years";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireVisiblePlanYear, seesIndicator, visiblePlanYear, visiblePlanYears } from "@/lib/auth/plan-years";
import { runCommand } from "@/lib/commands/command";
import {
  addDraftCommentCommand,
  finalizeDraftCommand,
  regenerateSectionCommand,
  saveSentenceTemplateCommand,
} from "@/lib/draft/commands";
import { saveDraftVersion } from "@/lib/draft/versions";
import { saveDraftSchema } from "@/lib/draft/schemas";
import { generateDraft } from "@/lib/draft/generate";
import { createIndicator } from "@/lib/admin/create-indicator";
import { resolveSubmission } from "@/lib/entry/submission-scope";
import { saveMonthValuesCommand } from "@/lib/entry/commands";
import { DomainError } from "@/lib/errors";
import { reportParams } from "@/lib/reports/report-params";

/**
 * Defect 6 of issue 15: a plan year in preparation is seen only by admins and by planners an
 * admin allowed to edit it; everyone else is answered as for a year without a plan (404 with
 * the same message, the default year in year pickers), wherever a year is resolved.
 */
const PREPARED = 2025;
const NONE = 2031;
let db: Db;
const as: Record<string, CurrentUser> = {};

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  for (const username of ["sct.canbo", "sct.lanhdao", "tonghop", "lanhdao", "admin"]) {
    const u = db.select().from(users).where(eq(users.username, username)).get()!;
    const d =
      u.departmentId === null
        ? undefined
        : db.select().from(departments).where(eq(departments.id, u.departmentId)).get();
    as[username] = {
      id: u.id,
      username,
      fullName: u.fullName,
      role: u.role,
      departmentId: u.departmentId,
      departmentCode: d?.code ?? null,
      departmentName: d?.name ?? null,
    };
  }
  writeTransaction(db, (tx) => createPlanYear(tx, as.admin.id, { year: PREPARED, copyFrom: 2024, copyTargets: true }));
});

const NOT_ADMINS = ["sct.canbo", "sct.lanhdao", "lanhdao", "tonghop"] as const;
const setPlannersMayEdit = (value: boolean) =>
  db.update(planYears).set({ plannersMayEdit: value }).where(eq(planYears.year, PREPARED)).run();

/** The refusal a call throws, as status and message. */
function refusal(call: () => unknown): { status: number; message: string } | null {
  try {
    call();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, message: error.message };
  }
}

describe("a plan year in preparation", () => {
  it("is listed for admins only, and for planners once an admin lets them edit it", () => {
    expect(visiblePlanYears(db, as.admin).map((p) => p.year)).toEqual([2022, 2023, 2024, PREPARED]);
    for (const who of NOT_ADMINS) expect(visiblePlanYears(db, as[who]).map((p) => p.year)).toEqual([2022, 2023, 2024]);
    setPlannersMayEdit(true);
    try {
      expect(visiblePlanYears(db, as.tonghop).map((p) => p.year)).toContain(PREPARED);
      expect(visiblePlanYear(db, as.lanhdao, PREPARED)).toBeUndefined();
    } finally {
      setPlannersMayEdit(false);
    }
  });

  it("is refused exactly like a year without a plan (404, same message)", () => {
    expect(requireVisiblePlanYear(db, as.admin, PREPARED).status).toBe("draft");
    for (const who of NOT_ADMINS) {
      const hidden = refusal(() => requireVisiblePlanYear(db, as[who], PREPARED));
      const missing = refusal(() => requireVisiblePlanYear(db, as[who], NONE));
      expect(hidden).toEqual({ status: 404, message: `Chưa có kế hoạch năm ${PREPARED}` });
      expect(missing).toEqual({ status: 404, message: `Chưa có kế hoạch năm ${NONE}` });
    }
  });

  it("hides the department's months from its own staff, the API's and the forms' way in (resolveSubmission)", () => {
    const month = (year: number) => ({ department: "sct", year, month: 1 });
    expect(resolveSubmission(db, as["sct.canbo"], month(2024)).year).toBe(2024);
    expect(resolveSubmission(db, as.admin, month(PREPARED)).year).toBe(PREPARED);
    for (const who of NOT_ADMINS)
      expect(refusal(() => resolveSubmission(db, as[who], month(PREPARED)))?.status, who).toBe(404);
    // another department is refused for its department first, whatever the year
    expect(refusal(() => resolveSubmission(db, as["sct.canbo"], { ...month(PREPARED), department: "chq" }))).toEqual({
      status: 403,
      message: "Không có quyền với số liệu của đơn vị khác",
    });
    // a save into it answers 404 to the department, not "in preparation" (which would tell it exists)
    const save = refusal(() =>
      runCommand(db, saveMonthValuesCommand, as["sct.canbo"], {
        ...month(PREPARED),
        values: [{ indicator: "knxnk", value: "1", status: "estimate" }],
      }),
    );
    expect(save).toEqual({ status: 404, message: `Chưa có kế hoạch năm ${PREPARED}` });
  });

  it("is left out of the report pages' year choosers and falls back to the latest open year", () => {
    for (const who of NOT_ADMINS) {
      const params = reportParams(db, { year: String(PREPARED) }, as[who]);
      expect(params.years, who).not.toContain(PREPARED);
      expect(params.year, who).toBe(2024);
    }
    const admin = reportParams(db, { year: String(PREPARED) }, as.admin);
    expect(admin.years).toContain(PREPARED);
    expect(admin.year).toBe(PREPARED);
    // the default year stays the latest open or closed one, for admins too
    expect(reportParams(db, {}, as.admin).year).toBe(2024);
  });

  it("refuses the draft báo cáo of the year to those who do not see it, and its versions to the leader", () => {
    const request = { year: PREPARED, period: "6T" as const, counting: "all" as const };
    const regenerate = (user: CurrentUser) =>
      refusal(() => runCommand(db, regenerateSectionCommand, user, { ...request, section: "I" }));
    expect(regenerate(as.tonghop)).toEqual({ status: 404, message: `Chưa có kế hoạch năm ${PREPARED}` });
    expect(regenerate(as.admin)?.message ?? "").not.toContain("Chưa có kế hoạch");
    const doc = generateDraft(db, request);
    const input = saveDraftSchema.parse({ ...request, baseVersionId: null, ...doc });
    const { id } = writeTransaction(db, (tx) => saveDraftVersion(tx, as.admin.id, input, () => doc));
    expect(refusal(() => runCommand(db, finalizeDraftCommand, as.lanhdao, { versionId: id }))).toEqual({
      status: 404,
      message: "Không tìm thấy phiên bản dự thảo",
    });
    expect(refusal(() => runCommand(db, addDraftCommentCommand, as.lanhdao, { versionId: id, text: "Góp ý" }))).toEqual(
      { status: 404, message: "Không tìm thấy phiên bản dự thảo" },
    );
  });

  it("hides an indicator that is only in its plan", () => {
    const created = writeTransaction(db, (tx) =>
      createIndicator(tx, as.admin, {
        year: PREPARED,
        code: "chi_2025_moi",
        name: "Chỉ tiêu mới của năm 2025",
        unit: "cái",
        kind: "cumulative",
        department: "sct",
      }),
    );
    expect(created.created).toBe(true);
    const id = indicatorId("chi_2025_moi");
    expect(seesIndicator(db, as.admin, id)).toBe(true);
    for (const who of NOT_ADMINS) expect(seesIndicator(db, as[who], id), who).toBe(false);
    expect(seesIndicator(db, as["sct.canbo"], indicatorId("knxnk"))).toBe(true);
    // its sentence template too: a planner who may not edit the year is answered as for an unknown code
    const template = (user: CurrentUser) =>
      refusal(() =>
        runCommand(db, saveSentenceTemplateCommand, user, {
          indicator: "chi_2025_moi",
          template: "{name} {value}",
          version: 0,
        }),
      );
    expect(template(as.tonghop)).toEqual({ status: 404, message: 'Không có chỉ tiêu mã "chi_2025_moi"' });
    expect(template(as.admin)).toBeNull();
  });
});

const indicatorId = (code: string) => db.select().from(indicators).where(eq(indicators.code, code)).get()!.id;
