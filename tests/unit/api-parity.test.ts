import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import type { CurrentUser } from "@/lib/auth/current-user";
import { API_OPERATIONS } from "@/lib/api/openapi/operations";
import { z } from "@/lib/validation/zod";
import { currentUserOf } from "../fixtures/current-user";

/**
 * The page actions as JSON API routes (issue 14, point 8): each handler called as Next.js calls
 * it, signed in as a demo user; every answer checked against its OpenAPI description, refusals
 * in Vietnamese, JSON null in an optional field taken as absent. The walk through HTTP is
 * e2e/api-admin-parity.spec.ts.
 */
let db: Db;
let signedIn: CurrentUser | null = null;

vi.mock("@/db/client", async (original) => {
  const actual = await original<typeof import("@/db/client")>();
  return { ...actual, getDb: () => db };
});
vi.mock("@/lib/auth/current-user", () => ({
  currentUser: async () => signedIn,
  requestUser: async () => signedIn,
}));

const plans = await import("@/lib/api/v1/routes/plans");
const planYear = await import("@/lib/api/v1/routes/plan-year");
const sections = await import("@/lib/api/v1/routes/sections");
const indicatorAdmin = await import("@/lib/api/v1/routes/indicator-admin");
const indicators = await import("@/lib/api/v1/routes/indicators");
const departmentRoutes = await import("@/lib/api/v1/routes/departments");
const userRoutes = await import("@/lib/api/v1/routes/users");
const tokens = await import("@/lib/api/v1/routes/tokens");
const draftVersions = await import("@/lib/api/v1/routes/draft-versions");
const houseStyle = await import("@/lib/api/v1/routes/house-style");
const unitReporting = await import("@/lib/api/v1/routes/unit-reporting");

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

const as = (username: string): CurrentUser => currentUserOf(db, username);

/**
 * Calls a route handler at `address` ("PUT /api/v1/plans/{year}/settings" with its parameters
 * filled in from `params`); a 200 answer must match the operation's described answer.
 */
async function call(
  handler: unknown,
  operation: string,
  params: Record<string, string> = {},
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const [method, withQuery] = operation.split(" ");
  // "GET /api/v1/departments?year=2047": the query is sent, the operation is found by its path
  const [template, query] = withQuery.split("?");
  const address =
    template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name])) + (query ? `?${query}` : "");
  const request = new Request(`http://127.0.0.1${address}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(params as never) });
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status === 200) {
    const described = API_OPERATIONS.find((op) => op.method === method && op.path === template);
    expect(described, `${operation} is described`).toBeDefined();
    if (described!.answer instanceof z.ZodType) {
      const parsed = described!.answer.safeParse(json);
      expect(parsed.error?.issues, `${operation} answers as described`).toBeUndefined();
    }
  }
  return { status: response.status, json };
}

const lastAudit = () => db.select().from(auditLog).orderBy(auditLog.id).all().at(-1)!;
const YEAR = "2047";

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
});
beforeEach(() => {
  signedIn = as("admin");
});

describe("plan years through the API", () => {
  it("creates a year (null options absent), changes its settings, opens, closes and reopens it with a reason", async () => {
    const created = await call(plans.POST, "POST /api/v1/plans", {}, { year: 2047, copyFrom: null, copyTargets: null });
    expect(created).toMatchObject({ status: 200, json: { year: 2047, status: "draft", copiedFrom: null } });
    const settings = await call(
      planYear.putSettings,
      "PUT /api/v1/plans/{year}/settings",
      { year: YEAR },
      { cutoffDay: 10, dueDay: 15, plannersMayEdit: true, version: 1 },
    );
    expect(settings.json).toMatchObject({ year: 2047, cutoffDay: 10, dueDay: 15, plannersMayEdit: true, version: 2 });
    const stale = await call(planYear.postOpen, "POST /api/v1/plans/{year}/open", { year: YEAR }, { version: 1 });
    expect(stale.status).toBe(409);
    const open = await call(planYear.postOpen, "POST /api/v1/plans/{year}/open", { year: YEAR }, { version: 2 });
    expect(open.json).toMatchObject({ status: "open", version: 3 });
    const closed = await call(planYear.postClose, "POST /api/v1/plans/{year}/close", { year: YEAR }, { version: 3 });
    expect(closed.json).toMatchObject({ status: "closed", version: 4 });
    const noReason = await call(
      planYear.postReopen,
      "POST /api/v1/plans/{year}/reopen",
      { year: YEAR },
      { version: 4 },
    );
    expect(noReason).toMatchObject({ status: 422, json: { errors: { reason: "Vui lòng nhập lý do" } } });
    const reason = "Bổ sung số liệu chính thức";
    const reopened = await call(
      planYear.postReopen,
      "POST /api/v1/plans/{year}/reopen",
      { year: YEAR },
      { version: 4, reason },
    );
    expect(reopened.json).toMatchObject({ status: "open", version: 5 });
    expect(lastAudit()).toMatchObject({ action: "plan_year_reopen", reason });
    const list = await call(plans.GET, "GET /api/v1/plans");
    expect(list.json.years).toContainEqual(expect.objectContaining({ year: 2047, status: "open", version: 5 }));
  });

  it("reads and sets the openings of the year's reports", async () => {
    const before = await call(planYear.getOpenings, "GET /api/v1/plans/{year}/openings", { year: YEAR });
    const opening = "UBND tỉnh báo cáo tình hình {period} năm {year} như sau:";
    const saved = await call(
      planYear.putOpenings,
      "PUT /api/v1/plans/{year}/openings",
      { year: YEAR },
      { version: before.json.version, openings: { month: opening, quarter: "", "6T": "", "9T": "", N: "" } },
    );
    expect(saved.status).toBe(200);
    expect((saved.json.openings as Record<string, string>).month).toBe(opening);
    expect((await call(planYear.getOpenings, "GET /api/v1/plans/{year}/openings", { year: "2031" })).status).toBe(404);
  });

  it("reads and keeps the house style", async () => {
    const current = await call(houseStyle.GET, "GET /api/v1/house-style");
    const same = await call(
      houseStyle.PUT,
      "PUT /api/v1/house-style",
      {},
      {
        ...(current.json.style as object),
        version: current.json.version,
      },
    );
    expect(same.json).toMatchObject({ changed: false, version: current.json.version });
  });
});

describe("the outline, indicators and departments through the API", () => {
  it("creates, changes and moves a section", async () => {
    const created = await call(
      sections.POST,
      "POST /api/v1/sections",
      {},
      { code: "IX", title: "Mục kiểm thử API", parent: null, narrativeOnly: null, id: 1 },
    );
    // an id in the body does not turn the creation into a change of section 1
    expect(created.json).toMatchObject({ code: "IX", parent: null, narrativeOnly: false });
    const id = String(created.json.id);
    expect(id).not.toBe("1");
    const changed = await call(sections.PUT, "PUT /api/v1/sections/{id}", { id }, { code: "IX", title: "Mục đã sửa" });
    expect(changed.json).toMatchObject({ title: "Mục đã sửa" });
    const moved = await call(sections.postMove, "POST /api/v1/sections/{id}/move", { id }, { direction: "up" });
    expect(moved.json).toEqual({ moved: true });
    const outline = await call(sections.GET, "GET /api/v1/sections");
    expect(outline.json.sections).toContainEqual(
      expect.objectContaining({ code: "IX", title: "Mục đã sửa", depth: 0 }),
    );
  });

  it("edits, reassigns, retires and deletes indicators; renames and merges departments", async () => {
    for (const [code, name] of [
      ["apia", "Sở kiểm thử A"],
      ["apib", "Sở kiểm thử B"],
    ])
      expect(
        (await call(departmentRoutes.POST, "POST /api/v1/departments", {}, { code, name, validFrom: 2040 })).status,
      ).toBe(200);
    for (const code of ["api.one", "api.two"])
      expect(
        (
          await call(
            indicators.POST,
            "POST /api/v1/indicators",
            {},
            { year: 2047, code, name: `Chỉ tiêu ${code}`, unit: "tỷ đồng", kind: "cumulative", department: "apia" },
          )
        ).status,
      ).toBe(200);
    const edited = await call(
      indicatorAdmin.PUT,
      "PUT /api/v1/indicators/{code}",
      { code: "api.one" },
      { version: 1, name: "Chỉ tiêu đã sửa", unit: "tỷ đồng", kind: "cumulative", precision: 1, direction: "up" },
    );
    expect(edited.json).toEqual({ code: "api.one", version: 2 });
    const reassigned = await call(
      indicatorAdmin.postReassign,
      "POST /api/v1/indicators/{code}/reassign",
      { code: "api.one" },
      { fromYear: 2047, department: "apib" },
    );
    expect(reassigned.json).toEqual({ code: "api.one", department: "apib", years: [2047] });
    const detail = await call(indicatorAdmin.GET, "GET /api/v1/indicators/{code}", { code: "api.one" });
    expect(detail.json).toMatchObject({
      name: "Chỉ tiêu đã sửa",
      precision: 1,
      plans: [{ year: 2047, department: "apib" }],
    });
    const retired = await call(
      indicatorAdmin.postRetire,
      "POST /api/v1/indicators/{code}/retire",
      { code: "api.one" },
      { fromYear: 2047, version: 2 },
    );
    expect(retired.json).toMatchObject({ retiredFromYear: 2047, removedFromYears: [2047] });
    const deleted = await call(
      indicatorAdmin.DELETE,
      "DELETE /api/v1/indicators/{code}",
      { code: "api.two" },
      {
        version: 1,
      },
    );
    expect(deleted.json).toEqual({ code: "api.two", deleted: true });
    expect((await call(indicatorAdmin.GET, "GET /api/v1/indicators/{code}", { code: "api.two" })).status).toBe(404);

    const renamed = await call(
      departmentRoutes.PUT,
      "PUT /api/v1/departments/{code}",
      { code: "apia" },
      { name: "Sở kiểm thử A (đổi tên)", shortName: "SKT A", version: 1 },
    );
    expect(renamed.json).toEqual({
      code: "apia",
      name: "Sở kiểm thử A (đổi tên)",
      shortName: "SKT A",
      kind: "department",
      version: 2,
    });
    const merged = await call(
      departmentRoutes.postMerge,
      "POST /api/v1/departments/{code}/merge",
      { code: "apib" },
      { into: "apia", fromYear: 2047, moveUsers: null },
    );
    expect(merged.json).toMatchObject({ from: "apib", into: "apia", fromYear: 2047, usersMoved: [] });
    const list = await call(departmentRoutes.GET, "GET /api/v1/departments");
    expect(list.json.departments).toContainEqual(
      expect.objectContaining({ code: "apib", validTo: 2046, mergedInto: "apia" }),
    );
  });
});

describe("local governments through the API (issue 17)", () => {
  it("creates units of a kind, lists those valid in a year with their kind and predecessors, declares and removes a succession", async () => {
    for (const [code, kind, validFrom] of [
      ["apih", "district", 2040],
      ["apix1", "commune", 2048],
      ["apix2", "commune", 2048],
    ] as const) {
      const made = await call(
        departmentRoutes.POST,
        "POST /api/v1/departments",
        {},
        { code, name: `Đơn vị ${code}`, kind, validFrom },
      );
      expect(made.json).toMatchObject({ code, kind, validFrom });
    }
    db.run(sql`update departments set valid_to = 2047 where code = 'apih'`);
    const bad = await call(
      departmentRoutes.POST,
      "POST /api/v1/departments",
      {},
      { code: "apiz", name: "Z", kind: "x" },
    );
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toMatchObject({ kind: expect.stringContaining("Loại đơn vị") });
    const declared = await call(
      departmentRoutes.postSuccession,
      "POST /api/v1/departments/{code}/successions",
      { code: "apix1" },
      { predecessors: ["apih"], fromYear: 2048 },
    );
    expect(declared.json).toEqual({ successor: "apix1", predecessors: ["apih"], fromYear: 2048 });
    expect(lastAudit()).toMatchObject({ action: "department_succession_set", entityId: "apix1" });
    const cycle = await call(
      departmentRoutes.postSuccession,
      "POST /api/v1/departments/{code}/successions",
      { code: "apix2" },
      { predecessors: ["apix2"], fromYear: 2048 },
    );
    expect(cycle.status).toBe(422);
    const in2048 = await call(departmentRoutes.GET, "GET /api/v1/departments?year=2048");
    const units = in2048.json.departments as { code: string }[];
    expect(units).toContainEqual(
      expect.objectContaining({ code: "apix1", kind: "commune", predecessors: [{ code: "apih", fromYear: 2048 }] }),
    );
    expect(units.map((u) => u.code)).not.toContain("apih");
    expect(units.find((u) => u.code === "apix1")).toMatchObject({ users: 0, version: 1 });
    // any signed-in user reads the units and their kinds, not who their users are
    signedIn = as("h.van_quan.canbo");
    const seen = (await call(departmentRoutes.GET, "GET /api/v1/departments?year=2048")).json.departments as {
      code: string;
    }[];
    expect(seen.find((u) => u.code === "apix1")).toEqual(
      expect.not.objectContaining({ users: expect.anything(), version: expect.anything() }),
    );
    expect(seen.find((u) => u.code === "apix1")).toMatchObject({ kind: "commune", predecessors: [{ code: "apih" }] });
    signedIn = as("admin");
    expect((await call(departmentRoutes.GET, "GET /api/v1/departments?year=abc")).status).toBe(422);
    const removed = await call(departmentRoutes.deleteSuccession, "DELETE /api/v1/departments/{code}/successions", {
      code: "apix1",
    });
    expect(removed.json).toEqual({ successor: "apix1", predecessors: ["apih"], fromYear: 2048 });
    expect(
      (
        await call(departmentRoutes.deleteSuccession, "DELETE /api/v1/departments/{code}/successions", {
          code: "apix1",
        })
      ).status,
    ).toBe(404);
  });

  it("has every district of a year report an indicator through its share; a planner where the year is not opened to planners is refused", async () => {
    await call(plans.POST, "POST /api/v1/plans", {}, { year: 2041 });
    await call(
      indicators.POST,
      "POST /api/v1/indicators",
      {},
      { year: 2041, code: "api.dtc", name: "Giải ngân", unit: "tỷ đồng", kind: "cumulative", department: "skhdt" },
    );
    const path = { year: "2041", code: "api.dtc" };
    const declared = await call(unitReporting.PUT, "PUT /api/v1/plans/{year}/indicators/{code}/unit-reporting", path, {
      kind: "district",
    });
    expect(declared.json).toMatchObject({ code: "api.dtc", year: 2041, kind: "district", shares: ["api.dtc@apih"] });
    expect(lastAudit()).toMatchObject({ action: "unit_reporting_set", entityId: "api.dtc" });
    const wrongKind = await call(unitReporting.PUT, "PUT /api/v1/plans/{year}/indicators/{code}/unit-reporting", path, {
      kind: "department",
    });
    expect(wrongKind.status).toBe(422);
    signedIn = as("tonghop");
    expect(
      (
        await call(unitReporting.PUT, "PUT /api/v1/plans/{year}/indicators/{code}/unit-reporting", path, {
          kind: "district",
        })
      ).status,
    ).toBe(403);
    signedIn = as("sct.canbo");
    expect(
      (
        await call(unitReporting.PUT, "PUT /api/v1/plans/{year}/indicators/{code}/unit-reporting", path, {
          kind: "district",
        })
      ).status,
    ).toBe(403);
  });
});

describe("users and tokens through the API", () => {
  it("creates, changes, resets and disables a user; never answers a password hash", async () => {
    const created = await call(
      userRoutes.POST,
      "POST /api/v1/users",
      {},
      { username: "api.user", fullName: "Người dùng API", role: "leader", department: null, password: "LangSon@2047" },
    );
    expect(created.json).toMatchObject({
      username: "api.user",
      role: "leader",
      department: null,
      email: null,
      active: true,
    });
    const id = String(created.json.id);
    const updated = await call(
      userRoutes.PUT,
      "PUT /api/v1/users/{id}",
      { id },
      { role: "officer", department: "sct" },
    );
    expect(updated.json).toEqual({ userId: Number(id), role: "officer", department: "sct", email: null });
    expect(
      (await call(userRoutes.putPassword, "PUT /api/v1/users/{id}/password", { id }, { password: "LangSon@2048" }))
        .json,
    ).toEqual({ userId: Number(id) });
    expect(lastAudit()).toMatchObject({ action: "user_password" });
    expect(JSON.stringify(lastAudit())).not.toContain("LangSon@2048");
    const disabled = await call(userRoutes.putActive, "PUT /api/v1/users/{id}/active", { id }, { active: false });
    expect(disabled.json).toEqual({ userId: Number(id), active: false });
    const list = await call(userRoutes.GET, "GET /api/v1/users");
    expect(list.json.users).toContainEqual(
      expect.objectContaining({ username: "api.user", role: "officer", department: "sct", active: false }),
    );
    expect(JSON.stringify(list.json)).not.toMatch(/password|\$2[aby]\$/i);
  });

  it("issues a token shown once and revokes it; the list never carries a secret", async () => {
    const issued = await call(
      tokens.POST,
      "POST /api/v1/tokens",
      {},
      { userId: as("lanhdao").id, name: "Báo cáo tự động" },
    );
    expect(issued.json.token).toMatch(/^ct_/);
    const list = await call(tokens.GET, "GET /api/v1/tokens");
    expect(JSON.stringify(list.json)).not.toContain(String(issued.json.token));
    expect(JSON.stringify(list.json)).not.toMatch(/hash/i);
    const id = String(issued.json.id);
    expect((await call(tokens.DELETE, "DELETE /api/v1/tokens/{id}", { id })).status).toBe(200);
    expect((await call(tokens.DELETE, "DELETE /api/v1/tokens/{id}", { id })).status).toBe(409);
  });

  it("refuses these to every role but admin, before reading the body", async () => {
    for (const username of ["tonghop", "lanhdao", "sct.lanhdao"]) {
      signedIn = as(username);
      expect((await call(userRoutes.GET, "GET /api/v1/users")).status, username).toBe(403);
      expect((await call(tokens.POST, "POST /api/v1/tokens", {}, "not even an object")).status, username).toBe(403);
    }
    signedIn = null;
    expect((await call(userRoutes.GET, "GET /api/v1/users")).status).toBe(401);
  });
});

describe("draft versions through the API", () => {
  const report = { year: "2023", period: "6T" };

  it("a planner saves a version and regenerates a section, a leader marks it final; another report's version is 404", async () => {
    signedIn = as("tonghop");
    const regenerated = await call(
      draftVersions.postRegenerate,
      "POST /api/v1/reports/{year}/{period}/draft/regenerate",
      report,
      { counting: "submitted", section: "I.1" },
    );
    expect((regenerated.json.blocks as unknown[]).length).toBeGreaterThan(0);
    const saved = await call(draftVersions.POST, "POST /api/v1/reports/{year}/{period}/draft/versions", report, {
      counting: "submitted",
      baseVersionId: null,
      generatedAt: new Date().toISOString(),
      blocks: regenerated.json.blocks,
      missing: [],
      note: null,
    });
    expect(saved.json).toMatchObject({ number: 1 });
    const id = String(saved.json.id);
    const read = await call(draftVersions.getVersion, "GET /api/v1/reports/{year}/{period}/draft/versions/{id}", {
      ...report,
      id,
    });
    expect(read.json).toMatchObject({ number: 1, final: false, note: null });
    const final = "POST /api/v1/reports/{year}/{period}/draft/versions/{id}/final";
    expect((await call(draftVersions.postFinal, final, { ...report, id })).status).toBe(403);
    signedIn = as("lanhdao");
    expect((await call(draftVersions.postFinal, final, { year: "2023", period: "9T", id })).status).toBe(404);
    expect((await call(draftVersions.postFinal, final, { ...report, id })).json).toMatchObject({ final: true });
    const list = await call(draftVersions.GET, "GET /api/v1/reports/{year}/{period}/draft/versions", report);
    expect(list.json.versions).toEqual([expect.objectContaining({ number: 1, final: true })]);
  });
});

describe("validation messages through the API are Vietnamese, zod's own included", () => {
  const english = /invalid|expected|required|received|must|string|number|boolean/i;

  it("a wrong type and a missing field of a plan year's settings", async () => {
    const answer = await call(
      planYear.putSettings,
      "PUT /api/v1/plans/{year}/settings",
      { year: YEAR },
      {
        cutoffDay: 10,
        dueDay: 15,
        plannersMayEdit: "có",
      },
    );
    expect(answer.status).toBe(422);
    expect(answer.json.errors).toEqual({
      plannersMayEdit: "Phải là giá trị đúng/sai (true/false), không phải văn bản",
      version: "Phiên bản không hợp lệ",
    });
    const missing = await call(
      planYear.putSettings,
      "PUT /api/v1/plans/{year}/settings",
      { year: YEAR },
      {
        cutoffDay: 10,
        dueDay: 15,
        version: 5,
      },
    );
    expect(missing.json.errors).toEqual({ plannersMayEdit: "Bắt buộc phải có giá trị" });
  });

  it("a malformed id in the path, an unknown direction, a field too many, a body that is not an object", async () => {
    const answers = [
      await call(userRoutes.putPassword, "PUT /api/v1/users/{id}/password", { id: "abc" }, { password: "MatKhau2024" }),
      await call(sections.postMove, "POST /api/v1/sections/{id}/move", { id: "1" }, { direction: "left" }),
      await call(houseStyle.PUT, "PUT /api/v1/house-style", {}, { version: 0 }),
      await call(userRoutes.putActive, "PUT /api/v1/users/{id}/active", { id: "1" }, { active: true, extra: 1 }),
      await call(planYear.postOpen, "POST /api/v1/plans/{year}/open", { year: YEAR }, [1]),
    ];
    expect(answers.map((a) => a.status)).toEqual([422, 422, 422, 422, 422]);
    expect(answers[0].json.errors).toEqual({ userId: "Phải là số, không phải văn bản" });
    expect(answers[1].json.errors).toEqual({ direction: 'Phải là một trong: "up", "down"' });
    expect(answers[3].json.errors).toEqual({ _: "Trường không được nhận: extra" });
    for (const answer of answers) {
      const texts = [answer.json.error, ...Object.values((answer.json.errors as object) ?? {})] as string[];
      for (const text of texts) expect(text.replace(/"[^"]*"/g, "")).not.toMatch(english);
    }
  });
});
