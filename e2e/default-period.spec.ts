import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";
import { e2eDatabase, ensureUser } from "./hardening-fixtures";

/**
 * Issue 16 point 2: a report page opens on the latest period with submitted data of the year
 * (the year-end once December is in), and then on the period the user last picked. A leader of
 * its own, so that no other spec's pick (they use the demo accounts) changes what it sees.
 */
const LEADER = "e2e.ky.lanhdao";

function latestSubmittedMonth(year: number): number | null {
  const db = e2eDatabase();
  try {
    const row = db
      .prepare("select max(month) as m from submissions where year = ? and state in ('submitted', 'approved')")
      .get(year) as { m: number | null };
    return row.m;
  } finally {
    db.close();
  }
}

const periodSelect = (page: Page) =>
  page.getByRole("form", { name: "Bộ lọc báo cáo" }).locator('select[name="period"]');

async function noSeriousAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

test("[PERIOD] a leader lands on the year-end when December has data, picks 9 months and finds it next time", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  ensureUser(LEADER, "leader");
  expect(latestSubmittedMonth(2023), "the demo's 2023 has December submitted").toBe(12);

  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await login(page, LEADER);
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 45_000 });
  // the home page: the default year's latest period with submitted data
  const year = Number(await page.locator('select[name="year"]').inputValue());
  const expected = latestSubmittedMonth(year) === 12 ? "N" : null;
  if (expected) await expect(periodSelect(page)).toHaveValue(expected);

  await page.goto("/dashboard?year=2023");
  await expect(periodSelect(page)).toHaveValue("N");
  await expect(page.getByText("Tình hình thực hiện năm 2023")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("dashboard-year-end-1366.png"), fullPage: false });

  // picking 9 months through the chooser
  await periodSelect(page).selectOption("9T");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/period=9T/);
  await expect(page.getByText("Tình hình thực hiện 9 tháng năm 2023")).toBeVisible();

  // every report page opens on it from now on, also in a later session
  await context.close();
  const later = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const again = await later.newPage();
  await login(again, LEADER);
  await expect(again).toHaveURL(/\/dashboard/, { timeout: 45_000 });
  await expect(periodSelect(again)).toHaveValue("9T");
  await again.goto("/summary?year=2023");
  await expect(periodSelect(again)).toHaveValue("9T");
  await expect(again.getByRole("heading", { level: 1 })).toContainText("9 tháng năm 2023");
  await again.goto("/draft?year=2023");
  await expect(again.getByRole("form", { name: "Chọn kỳ báo cáo" }).locator('select[name="period"]')).toHaveValue("9T");
  await again.goto("/dashboard?year=2023");
  await expect(periodSelect(again)).toHaveValue("9T");
  await noSeriousAxeViolation(again);
  await again.screenshot({ path: test.info().outputPath("dashboard-remembered-375.png"), fullPage: false });
  // an address naming a period still wins
  await again.goto("/dashboard?year=2023&period=6T");
  await expect(periodSelect(again)).toHaveValue("6T");
  await later.close();
});
