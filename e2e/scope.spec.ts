import { expect, test } from "@playwright/test";
import { BEARER_SCHEMES } from "../tests/corpus/bad-input";
import { cli, login } from "./fixtures";

test.describe("[SCOPE] an officer stays in its department", () => {
  test("sees its own department's indicators and figures", async ({ page }) => {
    await login(page, "chq.canbo");
    await expect(page).toHaveURL(/\/entry\/chq/);
    await expect(page.getByRole("heading", { name: "Cục Hải quan tỉnh" })).toBeVisible();
    await expect(page.locator("tbody tr[data-indicator]")).not.toHaveCount(0);
    await page.goto("/indicators?year=2024");
    const departments = await page.locator("tbody tr[data-indicator]").count();
    expect(departments).toBeGreaterThan(0);
  });

  test("cannot read another department by URL", async ({ page }) => {
    await login(page, "chq.canbo");
    await page.goto("/entry/sct?year=2023");
    await expect(page).toHaveURL(/\/forbidden/);
  });

  test("cannot read another department by API, with a session or a token", async ({ page, playwright, baseURL }) => {
    await login(page, "chq.canbo");
    const own = await page.request.get("/api/v1/submissions/chq/2023/6");
    expect(own.status()).toBe(200);
    const body = await own.json();
    expect(body.department).toBe("chq");
    expect(body.values.length).toBeGreaterThan(0);
    expect((await page.request.get("/api/v1/submissions/sct/2023/6")).status()).toBe(403);

    const token = cli("token:create", "chq.canbo", "--name", "e2e");
    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${token}` },
    });
    expect((await api.get("/api/v1/submissions/chq/2023/6")).status()).toBe(200);
    expect((await api.get("/api/v1/submissions/sct/2023/6")).status()).toBe(403);
    const indicators = await (await api.get("/api/v1/indicators?year=2024")).json();
    expect(indicators.indicators.length).toBeGreaterThan(0);
    expect(indicators.indicators.every((i: { department: string }) => i.department === "chq")).toBe(true);
    await api.dispose();

    // the scheme is case-insensitive (RFC 7235): "bearer", "BEARER" name the same token
    const client = await playwright.request.newContext({ baseURL });
    for (const scheme of BEARER_SCHEMES) {
      const authorization = `${scheme} ${token}`;
      expect((await client.get("/api/v1/submissions/chq/2023/6", { headers: { authorization } })).status()).toBe(200);
      expect((await client.get("/api/v1/submissions/sct/2023/6", { headers: { authorization } })).status()).toBe(403);
    }
    await client.dispose();
  });

  test("an unknown token and no credentials get 401", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/v1/indicators")).status()).toBe(401);
    const forged = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: "Bearer ct_forged" },
    });
    expect((await forged.get("/api/v1/indicators")).status()).toBe(401);
    await anonymous.dispose();
    await forged.dispose();
  });
});

test("[API] health and the province catalogue", async ({ page }) => {
  const health = await page.request.get("/api/health");
  expect(await health.json()).toMatchObject({ status: "ok", db: "ok" });
  await login(page, "tonghop");
  const response = await page.request.get("/api/v1/indicators?year=2023");
  const body = await response.json();
  expect(body.year).toBe(2023);
  expect(body.indicators.length).toBeGreaterThanOrEqual(40);
  const sample = body.indicators[0];
  for (const key of ["code", "name", "unit", "kind", "section", "department", "parent", "targets"])
    expect(sample).toHaveProperty(key);
  expect(new Set(body.indicators.map((i: { department: string }) => i.department)).size).toBeGreaterThan(5);
});
