import path from "node:path";
import { expect, request, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { apiSession, createToken, e2eDatabase, ensureTestDepartment, ensureUser } from "./hardening-fixtures";

/**
 * Issue 15, defect 6: a plan year in preparation is seen by admins (and planners an admin lets
 * edit it) only: in the API, the reports and their exports, the entry pages and every year
 * chooser. Everyone else, signed in or with an API token, is answered as for a year without a
 * plan. Opening the year shows it to everyone.
 *
 * The year is an early one (2012) so that opening it never becomes the default year of the
 * other specs' pages (the latest open or closed year).
 */
const YEAR = 2012;
const DEPT = "hzvis";
const CODE = "hzvis.moi";
const NAME = "Chỉ tiêu năm chuẩn bị của hzvis";
const USERS = {
  admin: "hzvis.admin",
  planner: "hzvis.planner",
  leader: "hzvis.leader",
  officer: `${DEPT}.canbo`,
  dept_head: `${DEPT}.lanhdao`,
} as const;
type Who = keyof typeof USERS;
const HIDDEN_FROM: readonly Who[] = ["officer", "dept_head", "leader", "planner"];

const tokens = new Map<string, string>();

// each test walks several users through many pages: more than the default minute on a loaded machine
test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(() => {
  ensureTestDepartment(DEPT);
  const db = e2eDatabase();
  try {
    // valid in the early year too (the test departments are valid from 2020)
    db.prepare("update departments set valid_from = 2010 where code = ?").run(DEPT);
  } finally {
    db.close();
  }
  ensureUser(USERS.admin, "admin");
  ensureUser(USERS.planner, "planner");
  ensureUser(USERS.leader, "leader");
  const file = path.join(process.env.E2E_DB_DIR!, "e2e.db");
  for (const who of ["leader", "officer"] as const) tokens.set(who, createToken(file, USERS[who]));
});

/** A browser page signed in as the user (through the sign-in endpoint: the login form itself is e2e/auth.spec.ts's). */
async function signedIn(browser: Browser, who: Who): Promise<Page> {
  const session = await apiSession(test.info().project.use.baseURL!, USERS[who]);
  const context = await browser.newContext({ storageState: await session.storageState() });
  await session.dispose();
  return context.newPage();
}

/** An API client holding the user's token (Authorization: Bearer …). */
async function tokenClient(baseURL: string, who: "leader" | "officer"): Promise<APIRequestContext> {
  return request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${tokens.get(who)}` } });
}

/** The API reads of the year, each with what a caller who may not see it gets (404 as for no plan; 403 where the role is refused anyway). */
const READS: { path: string; hidden: (who: Who) => number }[] = [
  { path: `/api/v1/indicators?year=${YEAR}`, hidden: () => 404 },
  { path: `/api/v1/reports/${YEAR}/N`, hidden: () => 404 },
  { path: `/api/v1/reports/${YEAR}/6T/draft`, hidden: () => 404 },
  {
    path: `/api/v1/reports/${YEAR}/6T/export?format=docx`,
    hidden: (who) => (who === "officer" || who === "dept_head" ? 403 : 404),
  },
  { path: `/api/v1/submissions/${DEPT}/${YEAR}/1`, hidden: () => 404 },
  { path: `/api/v1/submissions/${DEPT}/${YEAR}/1/template`, hidden: () => 404 },
];

test("[VISIBILITY] an admin prepares a plan year: the admin sees it everywhere", async ({ browser, baseURL }) => {
  const admin = await apiSession(baseURL!, USERS.admin);
  expect((await admin.post("/api/v1/plans", { data: { year: YEAR } })).status()).toBe(200);
  const created = await admin.post("/api/v1/indicators", {
    data: { year: YEAR, code: CODE, name: NAME, unit: "cái", kind: "cumulative", department: DEPT },
  });
  expect(created.status(), await created.text()).toBe(200);
  const target = await admin.put(`/api/v1/plans/${YEAR}/targets`, {
    data: { targets: [{ indicator: CODE, source: "hdnd", value: "120" }] },
  });
  expect(target.status(), await target.text()).toBe(200);
  for (const read of READS) expect((await admin.get(read.path)).status(), read.path).toBe(200);
  const catalogue = await (await admin.get(`/api/v1/indicators?year=${YEAR}`)).json();
  expect(catalogue.indicators).toEqual([
    expect.objectContaining({ code: CODE, targets: [{ source: "hdnd", value: 120 }] }),
  ]);
  await admin.dispose();

  const page = await signedIn(browser, "admin");
  await page.goto(`/entry/${DEPT}/${YEAR}/1`);
  await expect(page.getByText(NAME).first()).toBeVisible();
  await expect(page.getByText("Kế hoạch năm đang chuẩn bị")).toBeVisible();
  await page.goto(`/entry/${DEPT}`);
  await expect(
    page.getByRole("navigation", { name: "Chọn năm kế hoạch" }).getByRole("link", { name: String(YEAR) }),
  ).toBeVisible();
  // the default year stays the latest open or closed one (2024, or a year another spec opened)
  await expect(page.getByText(/Số liệu các tháng năm \d+/)).toBeVisible();
  await expect(page.getByText(`Số liệu các tháng năm ${YEAR}`)).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("form", { name: "Bộ lọc báo cáo" }).locator(`option[value="${YEAR}"]`)).toHaveCount(1);
  expect((await page.goto(`/draft/${YEAR}/6T`))!.status()).toBe(200);
  await page.context().close();
});

test("[VISIBILITY] departments, leaders and planners (by session or API token) get 404 from the API reads", async ({
  baseURL,
}) => {
  for (const who of HIDDEN_FROM) {
    const session = await apiSession(baseURL!, USERS[who]);
    for (const read of READS) {
      const response = await session.get(read.path);
      expect(response.status(), `${who} ${read.path}`).toBe(read.hidden(who));
      if (response.status() === 404) expect((await response.json()).error).toBe(`Chưa có kế hoạch năm ${YEAR}`);
    }
    // a year without a plan gets the very same answer
    expect((await session.get(`/api/v1/reports/${YEAR + 1}/N`)).status(), who).toBe(404);
    await session.dispose();
  }
  for (const who of ["leader", "officer"] as const) {
    const client = await tokenClient(baseURL!, who);
    for (const read of READS)
      expect((await client.get(read.path)).status(), `${who} token ${read.path}`).toBe(read.hidden(who));
    // the token works: the open year answers
    expect((await client.get("/api/v1/indicators?year=2024")).status()).toBe(200);
    await client.dispose();
  }
});

test("[VISIBILITY] the year's pages are not found and no year chooser offers it", async ({ browser }) => {
  for (const who of ["officer", "dept_head", "planner"] as const) {
    const page = await signedIn(browser, who);
    expect((await page.goto(`/entry/${DEPT}/${YEAR}/1`))!.status(), who).toBe(404);
    await expect(page.getByText(NAME)).toHaveCount(0);
    // a ?year= it may not see is answered with the default year, as a year without a plan is
    await page.goto(`/entry/${DEPT}?year=${YEAR}`);
    await expect(page.getByText(/Số liệu các tháng năm \d+/)).toBeVisible();
    await expect(page.getByText(`Số liệu các tháng năm ${YEAR}`)).toHaveCount(0);
    const years = page.getByRole("navigation", { name: "Chọn năm kế hoạch" });
    await expect(years.getByRole("link", { name: "2024" })).toBeVisible();
    await expect(years.getByRole("link", { name: String(YEAR) })).toHaveCount(0);
    await page.goto(`/indicators?year=${YEAR}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/năm \d+/);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText(`năm ${YEAR}`);
    await expect(page.getByText(NAME)).toHaveCount(0);
    await page.context().close();
  }
  for (const who of ["leader", "planner"] as const) {
    const page = await signedIn(browser, who);
    for (const chooser of ["/dashboard", "/summary", "/draft"]) {
      await page.goto(`${chooser}?year=${YEAR}`);
      const year = page.locator('select[name="year"]');
      await expect(year, `${who} ${chooser}`).toHaveValue(/^\d{4}$/);
      await expect(year, `${who} ${chooser}`).not.toHaveValue(String(YEAR));
      await expect(year.locator(`option[value="${YEAR}"]`), `${who} ${chooser}`).toHaveCount(0);
    }
    expect((await page.goto(`/draft/${YEAR}/6T`))!.status(), who).toBe(404);
    // nor is its new indicator, on the indicator's pages
    expect((await page.goto(`/indicators/${CODE}`))!.status(), who).toBe(404);
    if (who === "planner") expect((await page.goto(`/admin/indicators/${CODE}`))!.status(), who).toBe(404);
    await page.context().close();
  }
});

test("[VISIBILITY] once the admin opens the year, everyone sees it", async ({ browser, baseURL }) => {
  const admin = await signedIn(browser, "admin");
  await admin.goto("/admin/plans");
  await admin.getByRole("button", { name: `Mở năm ${YEAR}` }).click();
  await expect(admin.locator(`[data-year="${YEAR}"] [data-status]`)).toHaveText("Đang mở");
  await admin.context().close();

  const officer = await signedIn(browser, "officer");
  expect((await officer.goto(`/entry/${DEPT}/${YEAR}/1`))!.status()).toBe(200);
  await expect(officer.getByText(NAME).first()).toBeVisible();
  await officer.context().close();
  const client = await tokenClient(baseURL!, "leader");
  expect((await client.get(`/api/v1/reports/${YEAR}/N`)).status()).toBe(200);
  const catalogue = await (await client.get(`/api/v1/indicators?year=${YEAR}`)).json();
  expect(catalogue.indicators.map((i: { code: string }) => i.code)).toEqual([CODE]);
  await client.dispose();
});

test("[VISIBILITY] a planner who may not edit the plan reads it: no inputs, no save button, no edit forms", async ({
  browser,
}) => {
  const planner = await signedIn(browser, "planner");
  await planner.goto("/admin/targets?year=2024");
  await expect(planner.getByRole("heading", { name: "Kế hoạch chỉ tiêu năm 2024" })).toBeVisible();
  await expect(planner.getByTestId("read-only-notice")).toContainText("chỉ xem");
  await expect(planner.locator('[data-cell="grdp:hdnd"]')).not.toHaveText("");
  await expect(planner.locator("input[data-cell]")).toHaveCount(0);
  await expect(planner.getByRole("button", { name: "Lưu kế hoạch" })).toHaveCount(0);

  await planner.goto("/admin/indicators?year=2024");
  await expect(planner.locator('[data-indicator="knxnk"]')).toBeVisible();
  await expect(planner.getByRole("form", { name: "Thêm chỉ tiêu" })).toHaveCount(0);
  await planner.goto("/admin/indicators/knxnk");
  await expect(planner.getByRole("definition").first()).toBeVisible();
  await expect(planner.getByRole("form", { name: "Sửa chỉ tiêu" })).toHaveCount(0);
  await expect(planner.getByRole("button", { name: "Lưu chỉ tiêu" })).toHaveCount(0);
  await expect(planner.getByRole("textbox")).toHaveCount(0);
  await planner.context().close();

  // the admin, who may save, gets the forms
  const admin = await signedIn(browser, "admin");
  await admin.goto("/admin/targets?year=2024");
  await expect(admin.locator('input[data-cell="grdp:hdnd"]')).toBeEditable();
  await expect(admin.getByRole("button", { name: "Lưu kế hoạch" })).toBeVisible();
  await admin.goto("/admin/indicators/knxnk");
  await expect(admin.getByRole("form", { name: "Sửa chỉ tiêu" })).toBeVisible();
  await admin.context().close();
});
