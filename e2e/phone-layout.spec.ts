import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { apiSession, e2eDatabase, ensureTestDepartment } from "./hardening-fixtures";

/**
 * The main pages on a phone (375 px) and at 1366 px: nothing scrolls sideways, indicator
 * names are never squeezed to a word per line, the header is one row with a menu button,
 * the month form is one card per indicator with the same inputs as the desktop grid, the
 * summary a list of cards. Screenshots of each page at both widths go to test-results/.
 */
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1366, height: 768 };

interface MainPage {
  name: string;
  as: string;
  path: string;
  ready?: string;
  /** the elements holding indicator (or department) names, checked for squeezing */
  names?: string;
}

const MAIN_PAGES: MainPage[] = [
  {
    name: "entry-month",
    as: "vpubnd.canbo",
    path: "/entry/vpubnd/2024/12",
    ready: 'form[data-ready="true"]',
    names: 'tr[data-row] th[scope="row"] label',
  },
  { name: "summary", as: "lanhdao", path: "/summary?year=2024&period=9T", names: "tr[data-code] td:nth-child(2) a" },
  {
    name: "dashboard",
    as: "lanhdao",
    path: "/dashboard?year=2024&period=9T",
    ready: "[data-headline]",
    names: "[data-headline] h2, [data-risk] a",
  },
  { name: "review", as: "tonghop", path: "/review?year=2024", names: 'tbody th[scope="row"]' },
  { name: "draft", as: "tonghop", path: "/draft?year=2024&period=9T" },
  { name: "help", as: "sct.canbo", path: "/help", names: "main h2" },
  { name: "indicators", as: "lanhdao", path: "/indicators?year=2024", names: "tr[data-indicator] td:nth-child(2) a" },
  { name: "indicator", as: "lanhdao", path: "/indicators/knxnk?year=2024&period=9T", names: "main h1" },
];

const contexts = new Map<string, BrowserContext>();
async function pageAs(browser: Browser, baseURL: string, username: string): Promise<Page> {
  if (!contexts.has(username)) {
    const api = await apiSession(baseURL, username);
    const storageState = await api.storageState();
    await api.dispose();
    contexts.set(username, await browser.newContext({ storageState, baseURL, locale: "vi-VN" }));
  }
  return contexts.get(username)!.newPage();
}
test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

async function open(page: Page, main: Pick<MainPage, "path" | "ready">) {
  await page.goto(main.path);
  if (main.ready) await expect(page.locator(main.ready).first()).toBeVisible();
  else await page.waitForLoadState("networkidle");
}

/** Names of three words or more laid out one word per line: narrower than 150 px and 3 lines high or more. */
async function squeezedNames(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .slice(0, 40)
      .filter((e) => {
        const words = (e.textContent ?? "").trim().split(/\s+/).length;
        const style = getComputedStyle(e);
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
        const box = e.getBoundingClientRect();
        return words >= 3 && box.width <= 150 && box.height >= 3 * line;
      })
      .map((e) => `${(e.textContent ?? "").trim()} (${Math.round(e.getBoundingClientRect().width)} px wide)`),
  );
}

async function axeBlocking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

for (const main of MAIN_PAGES) {
  test(`[PHONE] ${main.name} at 375 px: no sideways scroll, names readable, header one row, axe; screenshots at 375 and 1366`, async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    const page = await pageAs(browser, baseURL!, main.as);
    await page.setViewportSize(PHONE);
    await open(page, main);
    const width = await page.evaluate(() => ({
      scroll: document.scrollingElement!.scrollWidth,
      client: document.scrollingElement!.clientWidth,
    }));
    expect(width.scroll, "the page scrolls sideways at 375 px").toBeLessThanOrEqual(width.client);
    if (main.names) {
      await expect(page.locator(main.names).first()).toBeVisible();
      expect(await squeezedNames(page, main.names), "names squeezed to a word per line").toEqual([]);
    }
    const header = (await page.locator("header").first().boundingBox())!;
    expect(header.height, "the header is one row").toBeLessThan(64);
    await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${main.name}-375.png`) });
    expect(await axeBlocking(page), "axe at 375 px").toEqual([]);

    await page.setViewportSize(DESKTOP);
    await open(page, main);
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeVisible();
    if (main.names) expect(await squeezedNames(page, main.names)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`${main.name}-1366.png`) });
    await page.close();
  });
}

test("[PHONE] the header's menu opens and closes by mouse and keyboard, Escape gives the focus back", async ({
  browser,
  baseURL,
}, testInfo) => {
  const page = await pageAs(browser, baseURL!, "sct.canbo");
  await page.setViewportSize(PHONE);
  await page.goto("/help");
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(menu).toBeEnabled();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link")).toHaveText(["Nhập số liệu", "Chỉ tiêu của đơn vị"]);
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("header-menu-open-375.png") });
  expect(await axeBlocking(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(nav).toBeHidden();

  // keyboard only: Enter opens, Tab reaches the first link, Escape closes and returns to the button
  await page.keyboard.press("Enter");
  await expect(nav).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Nhập số liệu" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeFocused();
  await expect(nav).toBeHidden();

  // a link closes the menu on its way
  await menu.click();
  await nav.getByRole("link", { name: "Chỉ tiêu của đơn vị" }).click();
  await expect(page).toHaveURL(/\/indicators/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await page.close();
});

test("[PHONE] the officer's month form: one card per indicator, the same inputs, saved from the phone", async ({
  browser,
  baseURL,
}, testInfo) => {
  const { indicators } = ensureTestDepartment("hzphone", { indicators: 2 });
  const page = await pageAs(browser, baseURL!, "hzphone.canbo");
  await page.setViewportSize(PHONE);
  await page.goto("/entry/hzphone/2024/7");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  // one set of inputs, no id twice (the labels and axe rely on it)
  const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  await expect(page.locator("input[id^='value-']")).toHaveCount(2);

  const card = page.locator(`tr[data-row="${indicators[0]}"]`);
  const value = page.getByLabel(`Chỉ tiêu kiểm thử hzphone 1`, { exact: true });
  const status = page.getByLabel("Tình trạng số liệu: Chỉ tiêu kiểm thử hzphone 1");
  const note = page.getByLabel("Ghi chú: Chỉ tiêu kiểm thử hzphone 1");
  // every part of the card on screen, inside the card: name, period, target, input, status, live figures, note
  const cardBox = (await card.boundingBox())!;
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(PHONE.width);
  for (const part of [
    card.locator('th[scope="row"]'),
    card.locator('[data-label="Kỳ"]'),
    card.locator('[data-label="Kế hoạch"]'),
    value,
    status,
    card.locator('[data-live="to-date"]'),
    card.locator('[data-live="pct"]'),
    card.locator('[data-live="change"]'),
    note,
  ]) {
    await expect(part).toBeVisible();
    const box = (await part.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(cardBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width + 1);
  }
  // the name runs across the card, the input is below it (a card, not a squeezed row)
  const name = (await card.locator('th[scope="row"]').boundingBox())!;
  expect(name.width).toBeGreaterThan(250);
  expect((await value.boundingBox())!.y).toBeGreaterThan(name.y + name.height - 1);
  // each cell says what it is
  const label = await card
    .locator('[data-label="Kế hoạch"]')
    .evaluate((e) => getComputedStyle(e, "::before").content.replace(/"/g, ""));
  expect(label).toBe("Kế hoạch");

  await value.fill("12,5");
  await value.blur();
  await expect(value).toHaveValue("12,5");
  await note.fill("Nhập trên điện thoại");
  await page.screenshot({ path: testInfo.outputPath("entry-card-375.png") });
  expect(await axeBlocking(page)).toEqual([]);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu số liệu")).toBeVisible();
  const db = e2eDatabase();
  const row = db
    .prepare(
      "select v.value, v.note from indicator_values v join indicators i on i.id = v.indicator_id where i.code = ? and v.year = 2024 and v.period = 'T07'",
    )
    .get(indicators[0]);
  db.close();
  expect(row).toEqual({ value: 125_000, note: "Nhập trên điện thoại" });

  // at desktop width the same inputs are a grid again: name, input and note on one row
  await page.setViewportSize(DESKTOP);
  const rowName = (await card.locator('th[scope="row"]').boundingBox())!;
  const rowValue = (await value.boundingBox())!;
  expect(Math.abs(rowValue.y - rowName.y)).toBeLessThan(20);
  expect(rowValue.x).toBeGreaterThan(rowName.x + rowName.width - 1);
  await page.close();
});

test("[PHONE] the summary on a phone: a card per indicator with labelled figures, still sortable", async ({
  browser,
  baseURL,
}, testInfo) => {
  const page = await pageAs(browser, baseURL!, "lanhdao");
  await page.setViewportSize(PHONE);
  await page.goto("/summary?year=2024&period=9T");
  const card = page.locator('tr[data-code="thu_ns"]');
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  for (const cell of ['[data-col="value"]', '[data-col="pct"]', '[data-col="vs"]']) {
    const part = (await card.locator(cell).boundingBox())!;
    expect(part.x + part.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  expect(
    await card.locator('[data-col="pct"]').evaluate((e) => getComputedStyle(e, "::before").content.replace(/"/g, "")),
  ).toBe("% kế hoạch");
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("summary-card-375.png") });
  // the sort buttons stay on screen as a row of their own
  const sort = page.getByRole("button", { name: /^% kế hoạch/ });
  await expect(sort).toBeVisible();
  await sort.click();
  await expect(page.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "descending");
  await expect(page.locator("th[aria-sort]")).toContainText("% kế hoạch");
  expect(await axeBlocking(page)).toEqual([]);
  await page.close();
});
