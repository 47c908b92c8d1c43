import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { departments } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import type { CurrentUser } from "@/lib/auth/current-user";
import { API_OPERATIONS } from "@/lib/api/openapi/operations";
import { auditSentence, describeAudit, type AuditNames } from "@/lib/audit/phrases";
import { DomainError } from "@/lib/errors";
import type { z } from "zod";
import { currentUserOf } from "../fixtures/current-user";

/**
 * A unit's first and last month (the districts until June 2025, the communes and wards from
 * July): created from a month of its first year, ended after a month of its last, with the
 * refusals of an end; through the job, the command the page's action and the API run, and the
 * audit log's sentence. Memory database with the demo; the units are the test's own ("ue.*").
 */
let db: Db;
let sqlite: Database.Database;
let signedIn: CurrentUser | null = null;

vi.mock("@/db/client", async (original) => {
  const actual = await original<typeof import("@/db/client")>();
  return { ...actual, getDb: () => db };
});
vi.mock("@/lib/auth/current-user", () => ({
  currentUser: async () => signedIn,
  requestUser: async () => signedIn,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createDepartment } = await import("@/lib/admin/departments");
const { endUnit } = await import("@/lib/admin/end-unit");
const { mergeDepartment } = await import("@/lib/admin/merge-department");
const { createDepartmentCommand, endUnitCommand } = await import("@/lib/admin/commands");
const { runCommand } = await import("@/lib/commands/command");
const { endUnitAction } = await import("@/lib/admin/actions/organisation");
const departmentRoutes = await import("@/lib/api/v1/routes/departments");

const admin = { id: 1, role: "admin" as const };

const as = (username: string): CurrentUser => currentUserOf(db, username);

const unitRow = (code: string) => db.select().from(departments).where(eq(departments.code, code)).get()!;
const lastAudit = (action: string, entityId: string) =>
  sqlite
    .prepare("select * from audit_log where action = ? and entity_id = ? order by id desc limit 1")
    .get(action, entityId) as
    { user_id: number; before: string | null; after: string | null; action: string; entity_id: string } | undefined;
const audits = (action: string, entityId: string) =>
  (
    sqlite.prepare("select count(*) as n from audit_log where action = ? and entity_id = ?").get(action, entityId) as {
      n: number;
    }
  ).n;
const unit = (code: string, validFrom: number, kind: "district" | "commune" | "department" = "district") =>
  writeTransaction(db, (tx) => createDepartment(tx, admin.id, { code, name: `Đơn vị ${code}`, kind, validFrom }));
const end = (code: string, lastYear: number, lastMonth: number, version: number) =>
  writeTransaction(db, (tx) => endUnit(tx, admin.id, { code, lastYear, lastMonth, version }));
/** The refusal a call throws: status, message and field errors. */
function refusal(fn: () => unknown): { status: number; message: string; fields: Record<string, string> } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { status: e.status, message: e.message, fields: e.fieldErrors ?? {} };
    throw e;
  }
  throw new Error("not refused");
}
/** A value of the unit entered in a month, of an indicator of the test's own (the refusal counts the unit's values, not its plan). */
function enterValue(code: string, year: number, month: number) {
  sqlite
    .prepare(
      "insert or ignore into indicators (code, name, unit, kind, search_name, precision) values ('ue.chi_tieu', 'Chỉ tiêu kiểm thử', 'tỷ đồng', 'cumulative', 'chi tieu kiem thu', 1)",
    )
    .run();
  const indicator = (sqlite.prepare("select id from indicators where code = 'ue.chi_tieu'").get() as { id: number }).id;
  sqlite
    .prepare(
      "insert into indicator_values (indicator_id, year, period, month, department_id, value, status) values (?, ?, ?, ?, ?, 1000, 'estimate')",
    )
    .run(indicator, year, `T${String(month).padStart(2, "0")}`, month, unitRow(code).id);
}

beforeAll(() => {
  ({ db, sqlite } = openDatabase(":memory:"));
  migrateDatabase(db);
  loadDemoProvince(db);
});
beforeEach(() => {
  signedIn = as("admin");
});

describe("a unit's first month", () => {
  it("is January unless one is named; a commune of July is stored, audited and answered with its month", () => {
    const whole = unit("ue.so", 2030, "department");
    expect(whole.validFromMonth).toBe(1);
    expect(unitRow("ue.so").validFromMonth).toBe(1);

    const made = writeTransaction(db, (tx) =>
      createDepartment(tx, admin.id, {
        code: "ue.xa_7",
        name: "Phường Bảy",
        kind: "commune",
        validFrom: 2030,
        validFromMonth: 7,
      }),
    );
    expect(made).toEqual({
      code: "ue.xa_7",
      name: "Phường Bảy",
      shortName: "Phường Bảy",
      kind: "commune",
      validFrom: 2030,
      validFromMonth: 7,
    });
    expect(unitRow("ue.xa_7")).toMatchObject({ validFrom: 2030, validFromMonth: 7, validTo: null, validToMonth: 12 });
    expect(JSON.parse(lastAudit("department_create", "ue.xa_7")!.after!)).toMatchObject({
      validFrom: 2030,
      validFromMonth: 7,
    });
  });

  it("is 1 to 12 through the command the form and the API run, refused with the field's name otherwise", () => {
    const user = as("admin");
    const made = runCommand(db, createDepartmentCommand, user, {
      code: "ue.xa_cmd",
      name: "Xã Lệnh",
      kind: "commune",
      validFrom: "2030",
      validFromMonth: "7",
    });
    expect(made).toMatchObject({ validFrom: 2030, validFromMonth: 7 });
    for (const bad of [0, 13, "7,5", "x", ""]) {
      const refused = refusal(() =>
        runCommand(db, createDepartmentCommand, user, { code: "ue.xa_bad", name: "Xã Sai", validFromMonth: bad }),
      );
      expect(refused.status, String(bad)).toBe(422);
      expect(refused.fields.validFromMonth, String(bad)).toBe("Tháng bắt đầu phải từ 1 đến 12");
    }
    expect(unitRow("ue.xa_bad")).toBeUndefined();
  });

  it("is named in the audit log's sentence when it is not January", () => {
    const names: AuditNames = {
      indicator: () => undefined,
      department: (ref) => (ref === "ue.h" ? "Huyện Kiểm Thử" : undefined),
      user: () => undefined,
      submission: () => undefined,
      section: () => undefined,
    };
    const actor = { fullName: "Quản trị hệ thống", role: "admin" as const, departmentId: null, departmentName: null };
    const created = describeAudit(
      {
        action: "department_create",
        entity: "department",
        entityId: "ue.x",
        before: null,
        after: { name: "Phường Bảy", shortName: "Bảy", kind: "commune", validFrom: 2025, validFromMonth: 7 },
        reason: null,
      },
      actor,
      names,
    );
    expect(auditSentence(created)).toBe(
      "Quản trị hệ thống đã thêm đơn vị “Phường Bảy” (Bảy) thuộc loại xã, phường từ tháng 7/2025",
    );
    const ended = describeAudit(
      {
        action: "department_end",
        entity: "department",
        entityId: "ue.h",
        before: { validTo: null, validToMonth: null },
        after: { validTo: 2025, validToMonth: 6 },
        reason: null,
      },
      actor,
      names,
    );
    expect(auditSentence(ended)).toBe("Quản trị hệ thống đã kết thúc đơn vị Huyện Kiểm Thử sau tháng 6/2025");
    expect(ended.changes).toEqual([{ label: "Hiệu lực đến", before: "nay", after: "6/2025" }]);
  });
});

describe("ending a unit", () => {
  it("sets its last year and month, bumps its version and writes the audit entry in the same transaction", () => {
    unit("ue.h_end", 2022);
    const ended = end("ue.h_end", 2025, 6, 1);
    expect(ended).toEqual({
      code: "ue.h_end",
      name: "Đơn vị ue.h_end",
      kind: "district",
      validFrom: 2022,
      validFromMonth: 1,
      validTo: 2025,
      validToMonth: 6,
      version: 2,
    });
    expect(unitRow("ue.h_end")).toMatchObject({ validTo: 2025, validToMonth: 6, version: 2 });
    const entry = lastAudit("department_end", "ue.h_end")!;
    expect(entry.user_id).toBe(admin.id);
    expect(JSON.parse(entry.before!)).toEqual({ validTo: null, validToMonth: null });
    expect(JSON.parse(entry.after!)).toEqual({ validTo: 2025, validToMonth: 6 });
  });

  it("refuses a stale version (409), changing nothing", () => {
    unit("ue.h_stale", 2022);
    end("ue.h_stale", 2026, 12, 1);
    const refused = refusal(() => end("ue.h_stale", 2025, 6, 1));
    expect(refused).toMatchObject({
      status: 409,
      message: 'Đơn vị "ue.h_stale" vừa được người khác sửa; hãy tải lại trang',
    });
    expect(unitRow("ue.h_stale")).toMatchObject({ validTo: 2026, validToMonth: 12, version: 2 });
    expect(audits("department_end", "ue.h_stale")).toBe(1);
  });

  it("refuses a last month before the unit's first (422, on the field to blame); its first month itself is allowed", () => {
    writeTransaction(db, (tx) =>
      createDepartment(tx, admin.id, {
        code: "ue.xa_start",
        name: "Xã Khởi Đầu",
        kind: "commune",
        validFrom: 2025,
        validFromMonth: 7,
      }),
    );
    const month = refusal(() => end("ue.xa_start", 2025, 6, 1));
    expect(month.status).toBe(422);
    expect(month.message).toBe(
      'Đơn vị "Xã Khởi Đầu" có hiệu lực từ tháng 7/2025; tháng cuối không được trước tháng 7/2025',
    );
    expect(month.fields).toEqual({ lastMonth: "Tháng cuối không được trước tháng 7/2025" });
    const year = refusal(() => end("ue.xa_start", 2024, 12, 1));
    expect(year.status).toBe(422);
    expect(year.fields).toEqual({ lastYear: "Năm cuối không được trước năm 2025" });
    unit("ue.h_2030", 2030);
    expect(refusal(() => end("ue.h_2030", 2029, 12, 1)).message).toBe(
      'Đơn vị "Đơn vị ue.h_2030" có hiệu lực từ năm 2030; tháng cuối không được trước tháng 1/2030',
    );
    expect(unitRow("ue.xa_start")).toMatchObject({ validTo: null, version: 1 });
    expect(audits("department_end", "ue.xa_start")).toBe(0);
    expect(end("ue.xa_start", 2025, 7, 1)).toMatchObject({ validTo: 2025, validToMonth: 7 });
  });

  it("refuses a unit merged into another (422)", () => {
    unit("ue.so_a", 2022, "department");
    unit("ue.so_b", 2022, "department");
    writeTransaction(db, (tx) => mergeDepartment(tx, admin.id, { from: "ue.so_a", into: "ue.so_b", fromYear: 2024 }));
    const { version } = unitRow("ue.so_a");
    const refused = refusal(() => end("ue.so_a", 2023, 6, version));
    expect(refused.status).toBe(422);
    expect(refused.message).toContain("đã sáp nhập vào đơn vị khác");
    expect(refused.fields).toEqual({ code: "Đơn vị đã sáp nhập vào đơn vị khác" });
    expect(unitRow("ue.so_a")).toMatchObject({ validTo: 2023, validToMonth: 12, version });
  });

  it("refuses a unit with values entered after the new last month, naming how many; at the last value's month it ends", () => {
    unit("ue.h_vals", 2022);
    enterValue("ue.h_vals", 2025, 6);
    enterValue("ue.h_vals", 2025, 8);
    enterValue("ue.h_vals", 2025, 9);
    const sameYear = refusal(() => end("ue.h_vals", 2025, 6, 1));
    expect(sameYear.status).toBe(422);
    expect(sameYear.message).toBe(
      '"Đơn vị ue.h_vals" đã có 2 số liệu sau tháng 6/2025 (muộn nhất tháng 9/2025); chỉ kết thúc được từ tháng 9/2025',
    );
    expect(sameYear.fields).toEqual({ lastMonth: "Đã có 2 số liệu sau tháng 6/2025" });
    const yearBefore = refusal(() => end("ue.h_vals", 2024, 12, 1));
    expect(yearBefore.message).toContain("đã có 3 số liệu sau tháng 12/2024");
    expect(yearBefore.fields).toEqual({ lastYear: "Đã có 3 số liệu sau tháng 12/2024" });
    expect(unitRow("ue.h_vals")).toMatchObject({ validTo: null, version: 1 });
    expect(audits("department_end", "ue.h_vals")).toBe(0);
    expect(end("ue.h_vals", 2025, 9, 1)).toMatchObject({ validTo: 2025, validToMonth: 9 });
  });

  it("takes its input through the command: the month 1 to 12 named, a planner refused (403) before the input is read", () => {
    unit("ue.h_cmd", 2022);
    const bad = refusal(() =>
      runCommand(db, endUnitCommand, as("admin"), { code: "ue.h_cmd", lastYear: 2025, lastMonth: 13, version: 1 }),
    );
    expect(bad).toMatchObject({ status: 422, fields: { lastMonth: "Tháng cuối phải từ 1 đến 12" } });
    expect(refusal(() => runCommand(db, endUnitCommand, as("tonghop"), {})).status).toBe(403);
    expect(
      runCommand(db, endUnitCommand, as("admin"), { code: "ue.h_cmd", lastYear: "2025", lastMonth: "6", version: "1" }),
    ).toMatchObject({ validTo: 2025, validToMonth: 6, version: 2 });
  });
});

describe("the page's action and the API", () => {
  type Handler = (request: Request, context: { params: Promise<{ code: string }> }) => Promise<Response>;
  const post = async (code: string, body: unknown) => {
    const response = await (departmentRoutes.postEnd as Handler)(
      new Request(`http://127.0.0.1/api/v1/departments/${code}/end`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ code }) },
    );
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  /** The operation's described JSON answer. */
  const described = (method: string, path: string) =>
    API_OPERATIONS.find((op) => op.method === method && op.path === path)!.answer as z.ZodType;

  it("refuses a planner and an officer, ends the unit for the admin", async () => {
    unit("ue.h_action", 2022);
    signedIn = as("tonghop");
    expect(await endUnitAction({ code: "ue.h_action", lastYear: 2025, lastMonth: 6, version: 1 })).toMatchObject({
      ok: false,
      status: 403,
    });
    signedIn = as("h.huu_lung.canbo");
    expect(await endUnitAction({ code: "ue.h_action", lastYear: 2025, lastMonth: 6, version: 1 })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(unitRow("ue.h_action")).toMatchObject({ validTo: null, version: 1 });
    signedIn = as("admin");
    const stale = await endUnitAction({ code: "ue.h_action", lastYear: 2025, lastMonth: 6, version: 7 });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(await endUnitAction({ code: "ue.h_action", lastYear: 2025, lastMonth: 6, version: 1 })).toMatchObject({
      ok: true,
      data: { validTo: 2025, validToMonth: 6, version: 2 },
    });
  });

  it("POST /api/v1/departments/{code}/end: 403 for a planner, the change as described for the admin; GET lists the months", async () => {
    unit("ue.h_api", 2022);
    signedIn = as("tonghop");
    expect((await post("ue.h_api", { lastYear: 2025, lastMonth: 6, version: 1 })).status).toBe(403);
    signedIn = null;
    expect((await post("ue.h_api", { lastYear: 2025, lastMonth: 6, version: 1 })).status).toBe(401);
    signedIn = as("admin");
    const bad = await post("ue.h_api", { lastYear: 2025, lastMonth: 0, version: 1 });
    expect(bad).toMatchObject({ status: 422, json: { errors: { lastMonth: "Tháng cuối phải từ 1 đến 12" } } });
    const ended = await post("ue.h_api", { lastYear: 2025, lastMonth: 6, version: 1 });
    expect(ended.status).toBe(200);
    expect(described("POST", "/api/v1/departments/{code}/end").safeParse(ended.json).error).toBeUndefined();
    expect(ended.json).toMatchObject({ code: "ue.h_api", validTo: 2025, validToMonth: 6, version: 2 });
    expect((await post("ue.h_api", { lastYear: 2025, lastMonth: 5, version: 1 })).status).toBe(409);

    const list = await departmentRoutes.GET(new Request("http://127.0.0.1/api/v1/departments"));
    const json = (await list.json()) as { departments: Record<string, unknown>[] };
    expect(described("GET", "/api/v1/departments").safeParse(json).error).toBeUndefined();
    expect(json.departments.find((d) => d.code === "ue.h_api")).toMatchObject({
      validFrom: 2022,
      validFromMonth: 1,
      validTo: 2025,
      validToMonth: 6,
    });
    expect(json.departments.find((d) => d.code === "ue.xa_7")).toMatchObject({ validFromMonth: 7, validToMonth: 12 });
  });
});
