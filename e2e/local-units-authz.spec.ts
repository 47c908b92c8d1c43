import { expect, test, type APIRequestContext } from "@playwright/test";
import { login } from "./fixtures";
import { apiSession, ensureUser } from "./hardening-fixtures";

/**
 * Local governments report with the department roles, scoped to their unit (issue 17): two
 * communes set up through the API as an admin does (units of kind commune, their users, an
 * indicator of the demo's open year reported by every commune), then an officer of one commune
 * reads and writes its own month and never the other's (API month values GET/PUT, the entry
 * page, the submission actions). The whole table, every row and actor with a commune as the
 * target, is e2e/hardening-authz.spec.ts.
 */
const YEAR = 2024;
const MONTH = 5;
const PASSWORD = "LangSon@2024";
const A = "lxa.xa_a";
const B = "lxa.xa_b";
const INDICATOR = "lxa.giai_ngan";
const share = (unit: string) => `${INDICATOR}@${unit}`;
const month = (unit: string, rest = "") => `/api/v1/submissions/${unit}/${YEAR}/${MONTH}${rest}`;

const sessions: Record<string, APIRequestContext> = {};

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  ensureUser("lxa.admin", "admin");
  const admin = await apiSession(baseURL!, "lxa.admin");
  for (const [code, name] of [
    [A, "Xã Kiểm Thử A"],
    [B, "Phường Kiểm Thử B"],
  ]) {
    const unit = await admin.post("/api/v1/departments", { data: { code, name, kind: "commune", validFrom: YEAR } });
    expect([200, 409], await unit.text()).toContain(unit.status());
    for (const [suffix, role] of [
      ["canbo", "officer"],
      ["lanhdao", "dept_head"],
    ]) {
      const user = await admin.post("/api/v1/users", {
        data: {
          username: `${code}.${suffix}`,
          fullName: `${role} ${name}`,
          role,
          department: code,
          password: PASSWORD,
        },
      });
      expect([200, 409], await user.text()).toContain(user.status());
    }
  }
  const indicator = await admin.post("/api/v1/indicators", {
    data: {
      year: YEAR,
      code: INDICATOR,
      name: "Giải ngân vốn đầu tư công của xã (kiểm thử)",
      unit: "tỷ đồng",
      kind: "cumulative",
      department: "stc",
    },
  });
  expect(indicator.status(), await indicator.text()).toBe(200);
  const declared = await admin.put(`/api/v1/plans/${YEAR}/indicators/${INDICATOR}/unit-reporting`, {
    data: { kind: "commune" },
  });
  expect(declared.status(), await declared.text()).toBe(200);
  expect((await declared.json()).shares).toEqual(expect.arrayContaining([share(A), share(B)]));
  await admin.dispose();
  for (const unit of [A, B])
    for (const suffix of ["canbo", "lanhdao"])
      sessions[`${unit}.${suffix}`] = await apiSession(baseURL!, `${unit}.${suffix}`, PASSWORD);
});

test.afterAll(async () => {
  for (const context of Object.values(sessions)) await context.dispose();
});

const put = (who: string, unit: string, indicator: string, value = "12,5") =>
  sessions[who].put(month(unit, "/values"), { data: { values: [{ indicator, value, status: "estimate" }] } });
const valuesOf = async (who: string, unit: string) =>
  ((await (await sessions[who].get(month(unit))).json()) as { values: { indicator: string; value: number }[] }).values;

test("[SCOPE] a commune's officer saves and reads its own month through the API", async () => {
  const saved = await put(`${A}.canbo`, A, share(A));
  expect(saved.status(), await saved.text()).toBe(200);
  const read = await sessions[`${A}.canbo`].get(month(A));
  expect(read.status()).toBe(200);
  expect((await valuesOf(`${A}.canbo`, A)).find((v) => v.indicator === share(A))?.value).toBe(12.5);
});

test("[SCOPE] a commune's officer and head cannot read or write another commune's month, nor its share", async () => {
  const before = await valuesOf(`${B}.canbo`, B);
  for (const who of [`${A}.canbo`, `${A}.lanhdao`]) {
    expect((await sessions[who].get(month(B))).status(), who).toBe(403);
    expect((await put(who, B, share(B))).status(), who).toBe(403);
    expect((await sessions[who].post(month(B, "/ready"), { data: {} })).status(), who).toBe(403);
  }
  // the other commune's share named in one's own month: not one's indicator, nothing stored
  const foreign = await put(`${A}.canbo`, A, share(B), "99");
  expect(foreign.status()).toBe(422);
  expect(await valuesOf(`${B}.canbo`, B)).toEqual(before);
});

test("[SCOPE] only the commune's own head submits its month; the other commune's head is refused", async () => {
  expect((await sessions[`${B}.lanhdao`].post(month(A, "/submit"), { data: {} })).status()).toBe(403);
  expect((await sessions[`${A}.canbo`].post(month(A, "/submit"), { data: {} })).status()).toBe(403);
  const submitted = await sessions[`${A}.lanhdao`].post(month(A, "/submit"), { data: {} });
  expect(submitted.status(), await submitted.text()).toBe(200);
  expect((await (await sessions[`${A}.lanhdao`].get(month(A))).json()).state).toBe("submitted");
  // approving is the province's
  expect((await sessions[`${A}.lanhdao`].post(month(A, "/approve"), { data: { reason: "" } })).status()).toBe(403);
});

test("[SCOPE] a commune's officer opens its own entry page, and is turned away from the other commune's", async ({
  page,
}) => {
  await login(page, `${B}.canbo`, PASSWORD);
  await page.goto(`/entry/${B}/${YEAR}/${MONTH}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Số liệu tháng ${MONTH}/${YEAR}`);
  await expect(page.locator("main")).toContainText("Phường Kiểm Thử B");
  await expect(page.locator("main")).toContainText("Giải ngân vốn đầu tư công của xã (kiểm thử)");
  await page.goto(`/entry/${A}/${YEAR}/${MONTH}`);
  await expect(page).toHaveURL(/\/forbidden/);
  await page.goto(`/entry/${A}?year=${YEAR}`);
  await expect(page).toHaveURL(/\/forbidden/);
});
