import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PAGES, type PageCheck } from "../tests/pages/pages";
import { DEMO_PASSWORD } from "./fixtures";
import { apiSession, e2eDatabase, ensureTestDepartment } from "./hardening-fixtures";

/**
 * Every page of tests/pages/pages.ts: axe-core finds no serious or critical violation
 * (WCAG 2.x A and AA rules), nothing overflows sideways at 375 px, and the security headers
 * are on the answer. Plus a keyboard-only walk through the entry form.
 */
const contexts = new Map<string, BrowserContext>();

async function contextFor(browser: Browser, baseURL: string, username: string | null): Promise<BrowserContext> {
  const key = username ?? "(anonymous)";
  if (!contexts.has(key)) {
    const api = await apiSession(baseURL, username);
    const storageState = await api.storageState();
    await api.dispose();
    contexts.set(key, await browser.newContext({ storageState, baseURL }));
  }
  return contexts.get(key)!;
}

/** Every page as its user sees it, at 1366 and 375 px, for the eye (issue 16): test-results/pages/. */
const screenshotPath = (check: PageCheck, width: number) =>
  `test-results/pages/${`${check.route}-${check.as ?? "anonymous"}`.replace(/[^a-z0-9]+/gi, "_")}-${width}.png`;

async function open(page: Page, check: PageCheck) {
  const response = await page.goto(check.path);
  if (check.ready) await expect(page.locator(check.ready).first()).toBeVisible();
  else await page.waitForLoadState("networkidle");
  return response;
}

test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

for (const check of PAGES) {
  test(`[HARDEN] ${check.route} (${check.as ?? "signed out"}): no serious or critical axe violation, security headers`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000); // axe on the large tables takes 20 s on a busy 2-core machine
    const page = await (await contextFor(browser, baseURL!, check.as)).newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) refused.push(message.text());
    });
    const response = await open(page, check);
    expect(page.url(), "the page did not send the user away").not.toMatch(
      /\/(login|forbidden)$/.test(check.route) ? /$^/ : /\/(login|forbidden)(\?|$)/,
    );
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"]).not.toMatch(/unsafe-eval/);
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    // every inline script carries the nonce (chunks loaded later are trusted through 'strict-dynamic'),
    // and the policy blocked nothing the page needs (hydration, charts)
    expect(
      await page.evaluate(() =>
        [...document.scripts].filter((s) => !s.src && !s.nonce).map((s) => s.textContent!.slice(0, 80)),
      ),
    ).toEqual([]);
    expect(refused).toEqual([]);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      blocking.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(" | ")}`,
      ),
    ).toEqual([]);
    await page.screenshot({ path: screenshotPath(check, 1366), fullPage: true });
    await page.close();
  });

  test(`[HARDEN] ${check.route} (${check.as ?? "signed out"}): usable at 375 px, nothing overflows sideways`, async ({
    browser,
    baseURL,
  }) => {
    const page = await (await contextFor(browser, baseURL!, check.as)).newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    await open(page, check);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>("body *")]
        .filter(
          (e) =>
            e.getBoundingClientRect().right > width + 1 &&
            !e.closest("[data-scroll-x], .overflow-x-auto, .overflow-auto, .overflow-x-scroll"),
        )
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${[...e.classList].slice(0, 3).join(".")} → ${Math.round(e.getBoundingClientRect().right)}px`,
        );
      return { scrollWidth: document.documentElement.scrollWidth, width, wide };
    });
    expect(overflow.wide, `elements past the right edge at 375 px`).toEqual([]);
    expect(overflow.scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(overflow.width);
    await page.screenshot({ path: screenshotPath(check, 375), fullPage: true });
    await page.close();
  });
}

test("[HARDEN] security headers are on API answers, redirects, errors and static files too", async ({ request }) => {
  const login = await request.get("/login");
  const script = (await login.text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  for (const path of ["/api/health", "/api/v1/indicators", "/khong-co-trang-nay", "/entry", script!]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
  }
});

test("[HARDEN] keyboard only: sign in, fill a figure, its status and note, save", async ({ page }) => {
  const { indicators } = ensureTestDepartment("hzkey", { indicators: 2 });
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
  const tabUntil = async (matches: () => Promise<boolean>, max = 80) => {
    for (let i = 0; i < max; i++) {
      if (await matches()) return;
      await page.keyboard.press("Tab");
    }
    throw new Error("never reached by Tab");
  };
  await tabUntil(() => page.getByLabel("Tên đăng nhập").evaluate((e) => e === document.activeElement));
  await page.keyboard.type("hzkey.canbo");
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/login/);

  await page.goto("/entry/hzkey/2024/6");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  const value = page.locator(`input[id="value-${indicators[0]}-T06"]`);
  await tabUntil(() => value.evaluate((e) => e === document.activeElement));
  await page.keyboard.type("1.234,5");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(/^Tình trạng số liệu: /).first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(/^Ghi chú: /).first()).toBeFocused();
  await page.keyboard.type("Nhập bằng bàn phím");
  await tabUntil(
    () => page.getByRole("button", { name: "Lưu", exact: true }).evaluate((e) => e === document.activeElement),
    120,
  );
  await page.keyboard.press("Enter");
  await expect(page.getByText("Đã lưu số liệu")).toBeVisible();

  const db = e2eDatabase();
  const row = db
    .prepare(
      "select v.value, v.status, v.note from indicator_values v join indicators i on i.id = v.indicator_id where i.code = ? and v.year = 2024 and v.period = 'T06'",
    )
    .get(indicators[0]);
  db.close();
  expect(row).toEqual({
    value: 12_345_000,
    status: expect.not.stringMatching(/^estimate$/),
    note: "Nhập bằng bàn phím",
  });
});
