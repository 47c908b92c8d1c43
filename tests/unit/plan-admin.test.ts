import { beforeEach, describe, expect, it } from "vitest";
import { and, eq, isNotNull } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import {
  auditLog,
  departments,
  indicatorAssignments,
  indicators,
  planYears,
  reportOpenings,
  targets,
  unitReporting,
  users,
} from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { DomainError } from "@/lib/errors";
import { createIndicator } from "@/lib/admin/create-indicator";
import { deleteIndicator, retireIndicator } from "@/lib/admin/indicator-lifecycle";
import { mergeDepartment } from "@/lib/admin/merge-department";
import { requirePlanEditor } from "@/lib/admin/plan-editor";
import {
  closePlanYear,
  createPlanYear,
  openPlanYear,
  reopenPlanYear,
  reportOpeningsOf,
  saveReportOpenings,
  updatePlanYearSettings,
} from "@/lib/admin/plan-years";
import { reassignIndicator } from "@/lib/admin/reassign-indicator";
import { putTargetsSchema, reopenPlanYearSchema, reportOpeningsSchema } from "@/lib/admin/schemas";
import { setTargets } from "@/lib/admin/set-targets";
import { updateIndicator } from "@/lib/admin/update-indicator";
import { listPlanYears } from "@/lib/catalogue/queries";
import { DEFAULT_OPENINGS } from "@/lib/draft/opening";
import { saveValues } from "@/lib/entry/save-values";
import { saveValuesSchema } from "@/lib/entry/schemas";

let db: Db;
let admin: { id: number; role: "admin" };
let planner: { id: number; role: "planner" };

beforeEach(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  const id = (u: string) => db.select().from(users).where(eq(users.username, u)).get()!.id;
  admin = { id: id("admin"), role: "admin" };
  planner = { id: id("tonghop"), role: "planner" };
});

const dept = (code: string) => db.select().from(departments).where(eq(departments.code, code)).get()!;
const indicator = (code: string) => db.select().from(indicators).where(eq(indicators.code, code)).get()!;
const assignmentDept = (code: string, year: number) => {
  const row = db
    .select()
    .from(indicatorAssignments)
    .where(and(eq(indicatorAssignments.indicatorId, indicator(code).id), eq(indicatorAssignments.year, year)))
    .get();
  return row ? db.select().from(departments).where(eq(departments.id, row.departmentId)).get()!.code : null;
};
const countAssignments = (year: number) =>
  db.select().from(indicatorAssignments).where(eq(indicatorAssignments.year, year)).all().length;
const countTargets = (year: number) => db.select().from(targets).where(eq(targets.year, year)).all().length;
const plan = (year: number) => db.select().from(planYears).where(eq(planYears.year, year)).get()!;
const lastAudit = () => db.select().from(auditLog).all().at(-1)!;

describe("creating a plan year from the previous one", () => {
  it("copies the indicators and their departments, leaves targets to fill, and starts in preparation", () => {
    const created = db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    // every indicator of the province's plan, not the districts' 33 shares (declared per year, below)
    const provincial = countAssignments(2024) - 33;
    expect(created).toMatchObject({ year: 2025, status: "draft", indicators: provincial, targets: 0 });
    expect(countAssignments(2025)).toBe(provincial);
    expect(assignmentDept("dn.moi", 2025)).toBe("skhdt");
    expect(countTargets(2025)).toBe(0);
    expect(plan(2025)).toMatchObject({ status: "draft", cutoffDay: plan(2024).cutoffDay, dueDay: plan(2024).dueDay });
    expect(listPlanYears(db).map((p) => p.year)).not.toContain(2025);
    expect(lastAudit()).toMatchObject({ action: "plan_year_create", entityId: "2025", userId: admin.id });
  });

  it("copies the targets as a starting point when asked", () => {
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024, copyTargets: true }));
    // the province's targets; the districts' 33 (their shares) are not copied
    expect(countTargets(2025)).toBe(countTargets(2024) - 33);
  });

  it("refuses an existing year and a missing source, writing nothing", () => {
    expect(() => db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2024, copyFrom: 2023 }))).toThrow(
      /Đã có kế hoạch năm 2024/,
    );
    expect(() => db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2026, copyFrom: 2019 }))).toThrow(
      /Không có kế hoạch năm 2019/,
    );
    expect(db.select().from(planYears).where(eq(planYears.year, 2026)).get()).toBeUndefined();
  });

  it("leaves retired indicators out", () => {
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    db.transaction((tx) => retireIndicator(tx, admin.id, { code: "dn.von_luy_ke", fromYear: 2026, version: 1 }));
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2026, copyFrom: 2025 }));
    expect(assignmentDept("dn.von_luy_ke", 2025)).toBe("skhdt");
    expect(assignmentDept("dn.von_luy_ke", 2026)).toBeNull();
  });

  it("leaves the units' shares out: the new year declares which kind of unit reports an indicator", () => {
    const reportedBy = (code: string, year: number) =>
      db
        .select({ kind: unitReporting.unitKind })
        .from(unitReporting)
        .where(and(eq(unitReporting.indicatorId, indicator(code).id), eq(unitReporting.year, year)))
        .get()?.kind;
    const shares = db
      .select()
      .from(indicatorAssignments)
      .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
      .where(and(eq(indicatorAssignments.year, 2024), isNotNull(indicators.shareOfId)))
      .all().length;
    expect(shares).toBe(33);
    const created = db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    expect(created.indicators).toBe(countAssignments(2024) - shares);
    expect(assignmentDept("dtc.giai_ngan@h.huu_lung", 2025)).toBeNull();
    expect(assignmentDept("dtc.giai_ngan", 2025)).toBe("skhdt");
    expect(reportedBy("dtc.giai_ngan", 2025)).toBeUndefined();
    // the districts (valid until 2025) are gone by 2026: nothing of theirs stops the copy
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2026, copyFrom: 2025 }));
    expect(assignmentDept("dtc.giai_ngan", 2026)).toBe("skhdt");
  });
});

describe("opening, closing and reopening a year", () => {
  it("opens a year in preparation; closing with unapproved submissions warns and only closes when confirmed", () => {
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    const opened = db.transaction((tx) => openPlanYear(tx, admin.id, { year: 2025, version: 1 }));
    expect(opened.status).toBe("open");
    const warn = () => db.transaction((tx) => closePlanYear(tx, admin.id, { year: 2024, version: 1 }));
    expect(warn).toThrow(/chưa được duyệt/);
    try {
      warn();
    } catch (error) {
      expect((error as DomainError).status).toBe(409);
      expect((error as DomainError).details).toMatchObject({ needsConfirmation: true });
    }
    expect(plan(2024).status).toBe("open");
    db.transaction((tx) => closePlanYear(tx, admin.id, { year: 2024, version: 1, confirm: true }));
    expect(plan(2024).status).toBe("closed");
    const vpubnd = dept("vpubnd").id;
    const officer = db.select().from(users).where(eq(users.username, "vpubnd.canbo")).get()!.id;
    expect(() =>
      db.transaction((tx) =>
        saveValues(
          tx,
          officer,
          { departmentId: vpubnd, year: 2024, month: 12 },
          saveValuesSchema.parse({ values: [{ indicator: "an.buon_lau", value: 1 }] }),
        ),
      ),
    ).toThrow(/khóa sổ/);
  });

  it("reopening needs a reason and is audited with it", () => {
    expect(reopenPlanYearSchema.safeParse({ year: 2023, version: 1, reason: "" }).success).toBe(false);
    db.transaction((tx) =>
      reopenPlanYear(tx, admin.id, { year: 2023, version: 1, reason: "Cục Thống kê công bố số chính thức" }),
    );
    expect(plan(2023).status).toBe("open");
    expect(lastAudit()).toMatchObject({ action: "plan_year_reopen", reason: "Cục Thống kê công bố số chính thức" });
  });

  it("refuses a stale version", () => {
    expect(() =>
      db.transaction((tx) =>
        updatePlanYearSettings(tx, admin.id, {
          year: 2024,
          version: 7,
          cutoffDay: 10,
          dueDay: 15,
          plannersMayEdit: true,
        }),
      ),
    ).toThrow(/người khác/);
  });
});

describe("merging departments from a year", () => {
  it("moves the later years' assignments without rewriting past years; a new year follows the merge", () => {
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    const result = db.transaction((tx) =>
      mergeDepartment(tx, admin.id, { from: "skhdt", into: "stc", fromYear: 2025, moveUsers: true }),
    );
    expect(result.assignmentsMoved).toBeGreaterThan(0);
    expect(assignmentDept("dn.moi", 2025)).toBe("stc");
    expect(assignmentDept("dn.moi", 2024)).toBe("skhdt");
    expect(assignmentDept("dn.moi", 2023)).toBe("skhdt");
    expect(dept("skhdt")).toMatchObject({ validTo: 2024, mergedIntoId: dept("stc").id });
    expect(db.select().from(users).where(eq(users.username, "skhdt.canbo")).get()!.departmentId).toBe(dept("stc").id);
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2026, copyFrom: 2025 }));
    expect(assignmentDept("dn.moi", 2026)).toBe("stc");
  });

  it("a year not yet created follows the merge when it is copied", () => {
    db.transaction((tx) => mergeDepartment(tx, admin.id, { from: "snn", into: "stnmt", fromYear: 2025 }));
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    expect(assignmentDept("nn.trong_rung", 2025)).toBe("stnmt");
    expect(assignmentDept("nn.trong_rung", 2024)).toBe("snn");
  });

  it("refuses a year that already has the department's values or is closed", () => {
    expect(() =>
      db.transaction((tx) => mergeDepartment(tx, admin.id, { from: "skhdt", into: "stc", fromYear: 2024 })),
    ).toThrow(/đã có số liệu năm 2024/);
    expect(() =>
      db.transaction((tx) => mergeDepartment(tx, admin.id, { from: "skhdt", into: "stc", fromYear: 2023 })),
    ).toThrow(/khóa sổ/);
    expect(dept("skhdt")).toMatchObject({ validTo: null, mergedIntoId: null });
  });
});

describe("reassigning an indicator from a year", () => {
  it("changes that year and later, never earlier ones; refuses a year with values", () => {
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    db.transaction((tx) => reassignIndicator(tx, admin.id, { code: "dn.moi", fromYear: 2025, department: "sct" }));
    expect(assignmentDept("dn.moi", 2025)).toBe("sct");
    expect(assignmentDept("dn.moi", 2024)).toBe("skhdt");
    expect(() =>
      db.transaction((tx) => reassignIndicator(tx, admin.id, { code: "dn.moi", fromYear: 2024, department: "sct" })),
    ).toThrow(/đã có số liệu năm 2024/);
    expect(assignmentDept("dn.moi", 2024)).toBe("skhdt");
    expect(lastAudit()).toMatchObject({ action: "indicator_reassign", entityId: "dn.moi" });
  });
});

describe("retiring versus deleting an indicator", () => {
  it("an indicator with values is never deleted, and keeps everything", () => {
    const before = indicator("dn.moi");
    expect(() =>
      db.transaction((tx) => deleteIndicator(tx, admin.id, { code: "dn.moi", version: before.version })),
    ).toThrow(/đã có .* số liệu nên không thể xóa/);
    expect(indicator("dn.moi")).toEqual(before);
    expect(() =>
      db.transaction((tx) =>
        retireIndicator(tx, admin.id, { code: "dn.moi", fromYear: 2024, version: before.version }),
      ),
    ).toThrow(/đã có số liệu năm 2024/);
    expect(assignmentDept("dn.moi", 2024)).toBe("skhdt");
  });

  it("retiring from a year removes it from that year's plan only", () => {
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024, copyTargets: true }));
    db.transaction((tx) => retireIndicator(tx, admin.id, { code: "dn.moi", fromYear: 2025, version: 1 }));
    expect(assignmentDept("dn.moi", 2025)).toBeNull();
    expect(assignmentDept("dn.moi", 2024)).toBe("skhdt");
    expect(indicator("dn.moi")).toMatchObject({ retiredFromYear: 2025 });
    expect(
      db
        .select()
        .from(targets)
        .where(and(eq(targets.indicatorId, indicator("dn.moi").id), eq(targets.year, 2025)))
        .all(),
    ).toHaveLength(0);
    expect(
      db
        .select()
        .from(targets)
        .where(and(eq(targets.indicatorId, indicator("dn.moi").id), eq(targets.year, 2024)))
        .all().length,
    ).toBeGreaterThan(0);
  });

  it("an indicator without values can be deleted", () => {
    db.transaction((tx) =>
      createIndicator(tx, admin, {
        year: 2024,
        code: "thu.nghiem",
        name: "Chỉ tiêu thử",
        unit: "cái",
        kind: "cumulative",
        department: "sct",
      }),
    );
    db.transaction((tx) => deleteIndicator(tx, admin.id, { code: "thu.nghiem", version: 1 }));
    expect(db.select().from(indicators).where(eq(indicators.code, "thu.nghiem")).get()).toBeUndefined();
    expect(lastAudit()).toMatchObject({ action: "indicator_delete", entityId: "thu.nghiem" });
  });
});

describe("indicators", () => {
  it("the same code in another year is the same indicator; its kind cannot change", () => {
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025 }));
    const again = db.transaction((tx) =>
      createIndicator(tx, admin, {
        year: 2025,
        code: "dn.moi",
        name: "x",
        unit: "x",
        kind: "cumulative",
        department: "stc",
      }),
    );
    expect(again).toMatchObject({ created: false, department: "stc" });
    expect(db.select().from(indicators).where(eq(indicators.code, "dn.moi")).all()).toHaveLength(1);
    expect(() =>
      db.transaction((tx) =>
        createIndicator(tx, admin, {
          year: 2024,
          code: "dn.moi",
          name: "x",
          unit: "x",
          kind: "cumulative",
          department: "stc",
        }),
      ),
    ).toThrow(/đã có trong kế hoạch năm 2024/);
    expect(() =>
      db.transaction((tx) =>
        createIndicator(tx, admin, {
          year: 2024,
          code: "grdp.x",
          name: "x",
          unit: "%",
          kind: "rate",
          department: "ctk",
          parent: "khong.co",
        }),
      ),
    ).toThrow(/chỉ tiêu cha/);
  });

  it("checks the sentence template and refuses a parent cycle", () => {
    const row = indicator("grdp");
    const base = {
      code: "grdp",
      version: row.version,
      name: row.name,
      sentenceName: "",
      unit: row.unit,
      kind: row.kind,
      section: "I.3",
      parent: "",
      precision: 2,
      direction: "up" as const,
      sentenceTemplate: "",
    };
    expect(() =>
      db.transaction((tx) => updateIndicator(tx, admin, { ...base, sentenceTemplate: "{name} {gia_tri}" })),
    ).toThrow(/Không có trường \{gia_tri\}/);
    expect(() => db.transaction((tx) => updateIndicator(tx, admin, { ...base, parent: "grdp.nln" }))).toThrow(
      /vòng lặp|chính nó/,
    );
    expect(() => db.transaction((tx) => updateIndicator(tx, admin, { ...base, kind: "cumulative" }))).toThrow(
      /không thể đổi loại/,
    );
    db.transaction((tx) =>
      updateIndicator(tx, admin, { ...base, sentenceTemplate: "{name} {verb} {value}", precision: 1 }),
    );
    expect(indicator("grdp")).toMatchObject({
      precision: 1,
      version: row.version + 1,
      sentenceTemplate: "{name} {verb} {value}",
    });
    expect(() => db.transaction((tx) => updateIndicator(tx, admin, base))).toThrow(/người khác sửa/);
  });
});

describe("targets", () => {
  const put = (body: unknown) =>
    putTargetsSchema.parse(body).targets.map((t) => ({
      indicator: t.indicator,
      source: t.source,
      target: { value: t.value, min: t.min, max: t.max },
      version: t.version,
    }));

  it("stores a value, a range and a bound from Vietnamese input, with the audit entry", () => {
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    db.transaction((tx) =>
      setTargets(
        tx,
        admin,
        2025,
        put({
          targets: [
            { indicator: "grdp", source: "hdnd", min: "7", max: "7,5" },
            { indicator: "dn.moi", source: "hdnd", value: "1.050" },
            { indicator: "dn.moi", source: "phan_dau", min: 1100 },
          ],
        }),
      ),
    );
    const t = (code: string, source: "hdnd" | "phan_dau") =>
      db
        .select()
        .from(targets)
        .where(and(eq(targets.indicatorId, indicator(code).id), eq(targets.year, 2025), eq(targets.source, source)))
        .get()!;
    expect(t("grdp", "hdnd")).toMatchObject({ value: null, min: 70_000, max: 75_000, version: 1 });
    expect(t("dn.moi", "hdnd")).toMatchObject({ value: 10_500_000 });
    expect(t("dn.moi", "phan_dau")).toMatchObject({ min: 11_000_000, max: null });
    expect(lastAudit()).toMatchObject({ action: "target_set", entityId: "dn.moi:2025:phan_dau" });
  });

  it("refuses the whole list when one item is wrong, or someone changed a target meanwhile", () => {
    const before = countTargets(2024);
    const attempt = () =>
      db.transaction((tx) =>
        setTargets(
          tx,
          admin,
          2024,
          put({
            targets: [
              { indicator: "dn.moi", source: "hdnd", value: 1 },
              { indicator: "khong.co", source: "hdnd", value: 2 },
            ],
          }),
        ),
      );
    expect(attempt).toThrow(/không có trong kế hoạch năm 2024/);
    try {
      attempt();
    } catch (error) {
      expect((error as DomainError).fieldErrors).toHaveProperty(["targets.1.indicator"]);
    }
    expect(countTargets(2024)).toBe(before);
    expect(() =>
      db.transaction((tx) =>
        setTargets(tx, admin, 2024, put({ targets: [{ indicator: "dn.moi", source: "hdnd", value: 1, version: 5 }] })),
      ),
    ).toThrow(/người khác sửa/);
    expect(() =>
      db.transaction((tx) =>
        setTargets(tx, admin, 2023, put({ targets: [{ indicator: "dn.moi", source: "hdnd", value: 1 }] })),
      ),
    ).toThrow(/khóa sổ/);
  });

  it("the schema names the item and field of bad input", () => {
    const parsed = putTargetsSchema.safeParse({
      targets: [
        { indicator: "grdp", source: "hdnd", value: "1,234.5" },
        { indicator: "grdp", source: "x", min: 7 },
        { indicator: "grdp", source: "tw" },
      ],
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["targets.0.value", "targets.1.source", "targets.2.value"]));
  });
});

describe("planners and the plan", () => {
  it("a planner edits targets only in a year an admin opened to planners, and that setting is audited", () => {
    expect(() => db.transaction((tx) => requirePlanEditor(tx, planner, 2024))).toThrow(/Không có quyền/);
    db.transaction((tx) =>
      updatePlanYearSettings(tx, admin.id, {
        year: 2024,
        version: 1,
        cutoffDay: 14,
        dueDay: 17,
        plannersMayEdit: true,
      }),
    );
    expect(lastAudit()).toMatchObject({
      action: "plan_year_settings",
      after: expect.objectContaining({ plannersMayEdit: true }),
    });
    expect(() => db.transaction((tx) => requirePlanEditor(tx, planner, 2024))).not.toThrow();
    expect(() => db.transaction((tx) => requirePlanEditor(tx, planner, 2023))).toThrow(/Không có quyền/);
    expect(() => db.transaction((tx) => requirePlanEditor(tx, { role: "officer" }, 2024))).toThrow(/Không có quyền/);
  });
});

describe("the openings of a year's reports", () => {
  const SIX =
    "Thực hiện Nghị quyết số 111/NQ-HĐND ngày 08/12/{year} của HĐND tỉnh, UBND tỉnh báo cáo tình hình {period}, nhiệm vụ {next} như sau:";

  it("stores a kind's own text, keeps the others at their default, bumps the year's version and audits what changed", () => {
    const version = plan(2024).version;
    const saved = db.transaction((tx) =>
      saveReportOpenings(tx, admin.id, { year: 2024, version, openings: { ...DEFAULT_OPENINGS, "6T": SIX } }),
    );
    expect(saved.version).toBe(version + 1);
    expect(db.select().from(reportOpenings).all()).toEqual([{ year: 2024, kind: "6T", text: SIX }]);
    expect(reportOpeningsOf(db, 2024)).toEqual({ ...DEFAULT_OPENINGS, "6T": SIX });
    expect(lastAudit()).toMatchObject({
      action: "plan_year_openings",
      entityId: "2024",
      userId: admin.id,
      before: { "6T": DEFAULT_OPENINGS["6T"] },
      after: { "6T": SIX },
    });
    // emptied, the kind is back to the default; saving the same again changes nothing and writes no audit entry
    db.transaction((tx) =>
      saveReportOpenings(tx, admin.id, {
        year: 2024,
        version: version + 1,
        openings: { ...DEFAULT_OPENINGS, "6T": "  " },
      }),
    );
    expect(db.select().from(reportOpenings).all()).toEqual([]);
    const audits = db.select().from(auditLog).all().length;
    expect(
      db.transaction((tx) =>
        saveReportOpenings(tx, admin.id, { year: 2024, version: version + 2, openings: DEFAULT_OPENINGS }),
      ).version,
    ).toBe(version + 2);
    expect(db.select().from(auditLog).all().length).toBe(audits);
  });

  it("refuses a stale version (someone changed the year meanwhile) and writes nothing", () => {
    const version = plan(2024).version;
    db.transaction((tx) =>
      updatePlanYearSettings(tx, admin.id, { year: 2024, version, cutoffDay: 14, dueDay: 17, plannersMayEdit: false }),
    );
    expect(() =>
      db.transaction((tx) =>
        saveReportOpenings(tx, admin.id, { year: 2024, version, openings: { ...DEFAULT_OPENINGS, N: SIX } }),
      ),
    ).toThrow(/vừa được người khác thay đổi/);
    expect(db.select().from(reportOpenings).all()).toEqual([]);
  });

  it("checks the text, naming the report kind: unknown placeholders, control characters, length; NFC", () => {
    const parse = (openings: Record<string, unknown>) =>
      reportOpeningsSchema.safeParse({ year: 2024, version: 1, openings: { ...DEFAULT_OPENINGS, ...openings } });
    expect(parse({ "9T": "Thực hiện {ky}" }).error?.issues[0]).toMatchObject({
      path: ["openings", "9T"],
      message: "Lời mở đầu báo cáo 9 tháng không có chỗ trống {ky} (chỉ dùng {year}, {period}, {next})",
    });
    // control characters are removed before the check (lib/text/sanitize.ts), as in every stored text
    expect(parse({ month: "a\u0000b\uffff" }).data?.openings.month).toBe("ab");
    expect(parse({ N: "x".repeat(1001) }).error?.issues[0].message).toBe("Lời mở đầu báo cáo năm dài quá 1000 ký tự");
    expect(parse({ quarter: 5 }).error?.issues[0].message).toBe("Lời mở đầu báo cáo quý phải là văn bản");
    expect(reportOpeningsSchema.safeParse({ year: 2024, version: 1, openings: { "6T": "x" } }).success).toBe(false);
    const nfd = "Thực hiện Kế hoạch năm {year}".normalize("NFD");
    expect(parse({ "6T": nfd }).data?.openings["6T"]).toBe("Thực hiện Kế hoạch năm {year}");
  });

  it("carry over to a year created from this one", () => {
    db.insert(reportOpenings).values({ year: 2024, kind: "N", text: SIX }).run();
    db.transaction((tx) => createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 }));
    expect(reportOpeningsOf(db, 2025).N).toBe(SIX);
  });
});
