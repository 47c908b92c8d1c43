import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { XLSX, annexWorkbook } from "./admin-helpers";
import { apiSession, e2eDatabase, ensureUser } from "./hardening-fixtures";

/**
 * Issue 14, point 8: what the admin pages and the draft page offer, done through the JSON API
 * alone, as a client with a session or a token does it: a plan year from creation to reopening,
 * the outline, indicators, departments, users, tokens and a draft version marked final; each
 * effect read back and found in the audit log, and a wrong role refused.
 *
 * Everything acts on data of its own. The plan year is 2016, before the demo years: a year after
 * them, once opened, would become every page's default year for the specs running alongside.
 * The merge is from 2047, a year no spec closes (a closed year from then on refuses a merge).
 */
const YEAR = 2016;
const PLAN = `/api/v1/plans/${YEAR}`;
const DEPT_A = "apipar-a";
const DEPT_B = "apipar-b";
const [ONE, TWO, THREE] = ["apipar.one", "apipar.two", "apipar.three"];
const ADMIN = "apiparity.admin";
const REASON = "Bổ sung số liệu chính thức năm 2016";
const NEW_PASSWORD = "LangSon@2016";

let admin: APIRequestContext;
let adminId: number;

/** The audit entries of this spec's admin: [action, entity id, reason]. */
function audited(): { action: string; entityId: string; reason: string | null }[] {
  const db = e2eDatabase();
  try {
    return db
      .prepare("select action, entity_id as entityId, reason from audit_log where user_id = ? order by id")
      .all(adminId) as { action: string; entityId: string; reason: string | null }[];
  } finally {
    db.close();
  }
}

async function ok(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<Record<string, unknown>> {
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  adminId = ensureUser(ADMIN, "admin");
  admin = await apiSession(baseURL!, ADMIN);
});
test.afterAll(async () => admin.dispose());

test("[API] a plan year through the API: created, settings, opened, closed, reopened with a reason, openings", async () => {
  // null for an optional field means absent: no year to copy from
  const created = await ok(await admin.post("/api/v1/plans", { data: { year: YEAR, copyFrom: null } }));
  expect(created).toMatchObject({ year: YEAR, status: "draft", copiedFrom: null, indicators: 0 });
  const settings = await ok(
    await admin.put(`${PLAN}/settings`, { data: { cutoffDay: 12, dueDay: 20, plannersMayEdit: false, version: 1 } }),
  );
  expect(settings).toMatchObject({ cutoffDay: 12, dueDay: 20, version: 2 });
  // a stale version is a conflict, nothing changes
  expect((await admin.post(`${PLAN}/open`, { data: { version: 1 } })).status()).toBe(409);
  expect(await ok(await admin.post(`${PLAN}/open`, { data: { version: 2 } }))).toMatchObject({ status: "open" });
  expect(await ok(await admin.post(`${PLAN}/close`, { data: { version: 3 } }))).toMatchObject({ status: "closed" });
  const noReason = await admin.post(`${PLAN}/reopen`, { data: { version: 4 } });
  expect(noReason.status()).toBe(422);
  expect((await noReason.json()).errors).toEqual({ reason: "Vui lòng nhập lý do" });
  const reopened = await ok(await admin.post(`${PLAN}/reopen`, { data: { version: 4, reason: REASON } }));
  expect(reopened).toMatchObject({ status: "open", version: 5 });
  const years = (await ok(await admin.get("/api/v1/plans"))).years as { year: number }[];
  expect(years.find((y) => y.year === YEAR)).toMatchObject({ status: "open", cutoffDay: 12, dueDay: 20, version: 5 });

  const opening = "UBND tỉnh báo cáo tình hình {period} năm {year} như sau:";
  await ok(
    await admin.put(`${PLAN}/openings`, {
      data: { version: 5, openings: { month: opening, quarter: "", "6T": "", "9T": "", N: "" } },
    }),
  );
  expect(((await ok(await admin.get(`${PLAN}/openings`))).openings as Record<string, string>).month).toBe(opening);

  const actions = audited().filter((a) => a.entityId === String(YEAR));
  expect(actions.map((a) => a.action)).toEqual([
    "plan_year_create",
    "plan_year_settings",
    "plan_year_open",
    "plan_year_close",
    "plan_year_reopen",
    "plan_year_openings",
  ]);
  expect(actions.find((a) => a.action === "plan_year_reopen")?.reason).toBe(REASON);
});

test("[API] departments, indicators and the outline through the API: edited, reassigned, retired, deleted, renamed, merged, moved", async () => {
  for (const [code, name] of [
    [DEPT_A, "Sở kiểm thử API A"],
    [DEPT_B, "Sở kiểm thử API B"],
  ])
    await ok(await admin.post("/api/v1/departments", { data: { code, name, validFrom: YEAR } }));
  for (const code of [ONE, TWO, THREE])
    await ok(
      await admin.post("/api/v1/indicators", {
        data: { year: YEAR, code, name: `Chỉ tiêu ${code}`, unit: "tỷ đồng", kind: "cumulative", department: DEPT_A },
      }),
    );

  const edited = await ok(
    await admin.put(`/api/v1/indicators/${ONE}`, {
      data: {
        version: 1,
        name: "Chỉ tiêu kiểm thử API (đã sửa)",
        unit: "triệu USD",
        kind: "cumulative",
        precision: 2,
        direction: "down",
        section: null,
        parent: null,
      },
    }),
  );
  expect(edited).toEqual({ code: ONE, version: 2 });
  await ok(await admin.post(`/api/v1/indicators/${ONE}/reassign`, { data: { fromYear: YEAR, department: DEPT_B } }));
  expect(await ok(await admin.get(`/api/v1/indicators/${ONE}`))).toMatchObject({
    name: "Chỉ tiêu kiểm thử API (đã sửa)",
    unit: "triệu USD",
    precision: 2,
    direction: "down",
    plans: [{ year: YEAR, department: DEPT_B }],
  });
  await ok(await admin.post(`/api/v1/indicators/${TWO}/retire`, { data: { fromYear: YEAR, version: 1 } }));
  await ok(await admin.delete(`/api/v1/indicators/${THREE}`, { data: { version: 1 } }));
  expect((await admin.get(`/api/v1/indicators/${THREE}`)).status()).toBe(404);
  const inYear = (await ok(await admin.get(`/api/v1/indicators?year=${YEAR}`))).indicators as { code: string }[];
  expect(inYear.map((i) => i.code)).toEqual([ONE]);

  await ok(
    await admin.put(`/api/v1/departments/${DEPT_A}`, {
      data: { name: "Sở kiểm thử API A (đổi tên)", shortName: "SKT-A", version: 1 },
    }),
  );
  const merged = await ok(
    await admin.post(`/api/v1/departments/${DEPT_B}/merge`, { data: { into: DEPT_A, fromYear: 2047 } }),
  );
  expect(merged).toMatchObject({ from: DEPT_B, into: DEPT_A, fromYear: 2047 });
  const departments = (await ok(await admin.get("/api/v1/departments"))).departments as { code: string }[];
  expect(departments.find((d) => d.code === DEPT_A)).toMatchObject({ name: "Sở kiểm thử API A (đổi tên)", version: 2 });
  expect(departments.find((d) => d.code === DEPT_B)).toMatchObject({ validTo: 2046, mergedInto: DEPT_A });

  // two sections of their own under I.5, the second moved above the first: no demo section moves
  const first = await ok(
    await admin.post("/api/v1/sections", { data: { code: "I.5.8", title: "Mục API 1", parent: "I.5" } }),
  );
  const second = await ok(
    await admin.post("/api/v1/sections", {
      data: { code: "I.5.9", title: "Mục API 2", parent: "I.5", narrativeOnly: null },
    }),
  );
  expect(second).toMatchObject({ parent: "I.5", narrativeOnly: false });
  await ok(
    await admin.put(`/api/v1/sections/${second.id}`, {
      data: { code: "I.5.9", title: "Mục API 2 (đã sửa)", parent: "I.5" },
    }),
  );
  expect(await ok(await admin.post(`/api/v1/sections/${second.id}/move`, { data: { direction: "up" } }))).toEqual({
    moved: true,
  });
  const outline = ((await ok(await admin.get("/api/v1/sections"))).sections as { code: string; title: string }[]).map(
    (s) => s.code,
  );
  expect(outline.indexOf("I.5.9")).toBe(outline.indexOf("I.5") + 1);
  expect(outline.indexOf("I.5.8")).toBe(outline.indexOf("I.5.9") + 1);
  expect(first.code).toBe("I.5.8");

  const actions = audited().map((a) => `${a.action} ${a.entityId}`);
  for (const expected of [
    `indicator_update ${ONE}`,
    `indicator_reassign ${ONE}`,
    `indicator_retire ${TWO}`,
    `indicator_delete ${THREE}`,
    `department_rename ${DEPT_A}`,
    `department_merge ${DEPT_B}`,
    "section_create I.5.9",
    "section_update I.5.9",
    "section_move I.5.9",
  ])
    expect(actions).toContain(expected);
});

test("[API] the HĐND annex imported through the API in two steps: preview with its fingerprint, then applied; a stale fingerprint is refused", async () => {
  const annex = await annexWorkbook([
    ["I", "CHỈ TIÊU KINH TẾ", "", "", "", "", ""],
    ["1", "Vốn đầu tư nhập qua API", "tỷ đồng", "1.250", DEPT_B, "apipar.annex", "HĐND"],
  ]);
  const file = { name: "phu-luc-2016.xlsx", mimeType: XLSX, buffer: annex };
  const preview = await ok(await admin.post(`${PLAN}/import/preview`, { multipart: { file } }));
  expect(preview.counts).toEqual({ create: 1, assign: 0, reassign: 0, targets: 1 });
  expect(preview.items).toEqual([
    expect.objectContaining({
      code: "apipar.annex",
      action: "create",
      department: DEPT_B,
      target: { value: 1250 * 10_000, min: null, max: null },
    }),
  ]);
  // previewing wrote nothing
  expect((await admin.get("/api/v1/indicators/apipar.annex")).status()).toBe(404);

  // the file with another fingerprint: the plan or the file changed since, nothing is applied
  const stale = await admin.post(`${PLAN}/import?fingerprint=0`, {
    headers: { "content-type": XLSX },
    data: annex,
  });
  expect(stale.status(), await stale.text()).toBe(409);
  expect((await admin.get("/api/v1/indicators/apipar.annex")).status()).toBe(404);

  const applied = await ok(
    await admin.post(`${PLAN}/import`, { multipart: { file, fingerprint: String(preview.fingerprint) } }),
  );
  expect(applied).toEqual({ create: 1, assign: 0, reassign: 0, targets: 1 });
  expect(await ok(await admin.get("/api/v1/indicators/apipar.annex"))).toMatchObject({
    name: "Vốn đầu tư nhập qua API",
    unit: "tỷ đồng",
  });
  expect(audited().filter((a) => a.action === "plan_import")).toHaveLength(1);
});

test("[API] users and tokens through the API: created, changed, password reset, disabled; a token issued and revoked", async ({
  baseURL,
}) => {
  const created = await ok(
    await admin.post("/api/v1/users", {
      data: {
        username: "apiparity.user",
        fullName: "Người dùng qua API",
        role: "officer",
        department: DEPT_A,
        email: "apiparity@langson.gov.vn",
        password: "LangSon@2024",
      },
    }),
  );
  const id = created.id as number;
  expect(await ok(await admin.put(`/api/v1/users/${id}`, { data: { role: "dept_head", department: DEPT_A } }))).toEqual(
    { userId: id, role: "dept_head", department: DEPT_A, email: "apiparity@langson.gov.vn" },
  );
  await ok(await admin.put(`/api/v1/users/${id}/password`, { data: { password: NEW_PASSWORD } }));
  const user = await apiSession(baseURL!, "apiparity.user", NEW_PASSWORD);
  expect((await user.get(`/api/v1/indicators?year=${YEAR}`)).status()).toBe(200);
  expect(await ok(await admin.put(`/api/v1/users/${id}/active`, { data: { active: false } }))).toEqual({
    userId: id,
    active: false,
  });
  // disabled: out on the next request
  expect((await user.get(`/api/v1/indicators?year=${YEAR}`)).status()).toBe(401);
  await user.dispose();
  const list = await ok(await admin.get("/api/v1/users"));
  expect((list.users as { id: number }[]).find((u) => u.id === id)).toEqual({
    id,
    username: "apiparity.user",
    fullName: "Người dùng qua API",
    role: "dept_head",
    department: DEPT_A,
    email: "apiparity@langson.gov.vn",
    active: false,
  });
  expect(JSON.stringify(list)).not.toMatch(/password|\$2[aby]\$/i);

  const issued = await ok(await admin.post("/api/v1/tokens", { data: { userId: adminId, name: "Tích hợp kiểm thử" } }));
  const token = issued.token as string;
  const tokens = await ok(await admin.get("/api/v1/tokens"));
  expect((tokens.tokens as { id: number }[]).find((t) => t.id === issued.id)).toMatchObject({
    name: "Tích hợp kiểm thử",
    username: ADMIN,
    revokedAt: null,
  });
  expect(JSON.stringify(tokens)).not.toContain(token);
  const bearer = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  expect((await bearer.get("/api/v1/users")).status()).toBe(200);
  await ok(await admin.delete(`/api/v1/tokens/${issued.id}`));
  expect((await bearer.get("/api/v1/users")).status()).toBe(401);
  await bearer.dispose();

  const actions = audited().map((a) => `${a.action} ${a.entityId}`);
  for (const action of ["user_create", "user_update", "user_password", "user_disable"])
    expect(actions).toContain(`${action} ${id}`);
  expect(actions).toContain(`token_create ${issued.id}`);
  expect(actions).toContain(`token_revoke ${issued.id}`);
});

test("[API] a draft version saved through the API and marked final by a leader; the admin may not mark it", async ({
  baseURL,
}) => {
  const versions = `/api/v1/reports/${YEAR}/6T/draft/versions`;
  const text = "Đoạn văn do hệ thống khác gửi qua API.";
  const saved = await ok(
    await admin.post(versions, {
      data: {
        counting: "all",
        baseVersionId: null,
        generatedAt: new Date().toISOString(),
        blocks: [{ id: "p1", type: "paragraph", section: null, origin: "text", runs: [{ text }] }],
        missing: [],
        note: "Bản gửi qua API",
      },
    }),
  );
  expect(saved).toMatchObject({ number: 1 });
  const version = await ok(await admin.get(`${versions}/${saved.id}`));
  expect(version).toMatchObject({ number: 1, note: "Bản gửi qua API", final: false });
  expect(JSON.stringify(version.document)).toContain(text);

  // planners and admins edit, leaders sign off
  const refused = await admin.post(`${versions}/${saved.id}/final`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toBe("Không có quyền thực hiện thao tác này");
  ensureUser("apiparity.leader", "leader");
  const leader = await apiSession(baseURL!, "apiparity.leader");
  expect((await leader.post(`/api/v1/reports/${YEAR}/9T/draft/versions/${saved.id}/final`)).status()).toBe(404);
  expect(await ok(await leader.post(`${versions}/${saved.id}/final`))).toMatchObject({ final: true });
  const list = (await ok(await leader.get(versions))).versions as { id: number; final: boolean }[];
  expect(list).toEqual([expect.objectContaining({ id: saved.id, final: true })]);
  await leader.dispose();
  expect(audited().map((a) => `${a.action} ${a.entityId}`)).toContain(`draft_save ${saved.id}`);
});

test("[API] the entries behind a draft figure, as the draft editor's panel shows them; an officer is refused", async ({
  baseURL,
}) => {
  ensureUser("apiparity.leader", "leader");
  const leader = await apiSession(baseURL!, "apiparity.leader");
  const figure = await ok(await leader.get("/api/v1/reports/2023/6T/figures/knxnk?counting=all"));
  expect(figure).toMatchObject({
    code: "knxnk",
    unit: "triệu USD",
    sources: ["T01", "T02", "T03", "T04", "T05", "T06"],
  });
  const db = e2eDatabase();
  let stored: { year: number; period: string }[];
  try {
    stored = db
      .prepare(
        `select v.year, v.period from indicator_values v join indicators i on i.id = v.indicator_id
         where i.code = 'knxnk' and v.year in (2022, 2023) and v.period in ('T01','T02','T03','T04','T05','T06')
         order by v.year, v.period`,
      )
      .all() as { year: number; period: string }[];
  } finally {
    db.close();
  }
  const entries = figure.entries as { year: number; period: string; status: string }[];
  expect(stored.length).toBeGreaterThan(0);
  expect(entries.map((e) => `${e.year} ${e.period}`).sort()).toEqual(stored.map((e) => `${e.year} ${e.period}`).sort());
  expect((await leader.get("/api/v1/reports/2023/6T/figures/khong.co")).status()).toBe(404);
  await leader.dispose();

  ensureUser("apiparity.officer", "officer", "sct");
  const officer = await apiSession(baseURL!, "apiparity.officer");
  expect((await officer.get("/api/v1/reports/2023/6T/figures/knxnk")).status()).toBe(403);
  await officer.dispose();
});

test("[API] a wrong role is refused the admin routes and changes nothing", async ({ baseURL }) => {
  ensureUser("apiparity.planner", "planner");
  const planner = await apiSession(baseURL!, "apiparity.planner");
  const user = await planner.post("/api/v1/users", {
    data: { username: "apiparity.sneaky", fullName: "Không được tạo", role: "admin", password: NEW_PASSWORD },
  });
  expect(user.status()).toBe(403);
  expect((await user.json()).error).toBe("Không có quyền thực hiện thao tác này");
  expect(
    (
      await planner.put(`${PLAN}/settings`, { data: { cutoffDay: 1, dueDay: 2, plannersMayEdit: true, version: 6 } })
    ).status(),
  ).toBe(403);
  expect((await planner.get("/api/v1/tokens")).status()).toBe(403);
  await planner.dispose();
  const users = (await ok(await admin.get("/api/v1/users"))).users as { username: string }[];
  expect(users.map((u) => u.username)).not.toContain("apiparity.sneaky");
  const years = (await ok(await admin.get("/api/v1/plans"))).years as { year: number }[];
  expect(years.find((y) => y.year === YEAR)).toMatchObject({ cutoffDay: 12, plannersMayEdit: false });
});
