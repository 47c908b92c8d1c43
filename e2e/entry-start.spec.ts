import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";
import { e2eDatabase, ensureTestDepartment } from "./hardening-fixtures";
import { startLabel, startMonth, vietnamToday } from "../lib/entry/start-month";
import { formatViNumber } from "../lib/numbers";
import type { SubmissionState } from "../db/schema/vocabulary";

/** Issue 16 point 4: the officer starts from "Nhập số liệu tháng …"; the year grid is readable and shows rates' period values. */

/** The start action the department's year page should offer: its month and words, from the data and today. */
function expectedStart(dept: string, year: number): { month: number; label: string } {
  const db = e2eDatabase();
  try {
    const plan = db
      .prepare("select cutoff_day as cutoffDay, due_day as dueDay from plan_years where year = ?")
      .get(year) as {
      cutoffDay: number;
      dueDay: number;
    };
    const states = db
      .prepare(
        "select s.month, s.state from submissions s join departments d on d.id = s.department_id where d.code = ? and s.year = ?",
      )
      .all(dept, year) as { month: number; state: SubmissionState }[];
    const byMonth = new Map(states.map((s) => [s.month, s.state]));
    const month = startMonth(year, plan, vietnamToday(), byMonth);
    return { month, label: startLabel(month, year, byMonth.get(month)) };
  } finally {
    db.close();
  }
}

function grdpValue(year: number, period: string): { value: number; precision: number } | null {
  const db = e2eDatabase();
  try {
    return (
      (db
        .prepare(
          `select v.value / 10000.0 as value, i.precision from indicator_values v join indicators i on i.id = v.indicator_id
           where i.code = 'grdp' and v.year = ? and v.period = ?`,
        )
        .get(year, period) as { value: number; precision: number } | undefined) ?? null
    );
  } finally {
    db.close();
  }
}

/** The demo's last year with a whole year of figures. */
const DATA_YEAR = 2024;

async function shownYear(page: Page): Promise<number> {
  const text = await page.getByText(/Số liệu các tháng năm \d{4}/).textContent();
  return Number(/năm (\d{4})/.exec(text ?? "")![1]);
}

test("[ENTRY] the Cục Thống kê officer starts from the month due, reads the states and sees GRDP's period values", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await login(page, "ctk.canbo");
  // right after sign-in: the department's year page with its start action
  await expect(page).toHaveURL(/\/entry\/ctk/);
  const year = await shownYear(page);
  const { month, label } = expectedStart("ctk", year);
  const start = page.getByRole("link", { name: label });
  await expect(start).toBeVisible();

  // the month states are readable: at least 12 px
  const state = page.locator("[data-month-state='1']");
  await expect(state).toBeVisible();
  expect(Number.parseFloat(await state.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(12);

  // the start action opens the month form
  await start.click();
  await expect(page).toHaveURL(new RegExp(`/entry/ctk/${year}/${month}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Số liệu tháng ${month}/${year}`);

  // GRDP, a rate, shows its 6 months, 9 months and year values in June, September and December:
  // in the demo's last year of data (the year page above is the newest open year, which an
  // admin test may have opened empty)
  await page.goto(`/entry/ctk?year=${DATA_YEAR}`);
  await expect(page.getByText(`Số liệu các tháng năm ${DATA_YEAR}`)).toBeVisible();
  const row = page.locator('tr[data-indicator="grdp"]');
  let shown = 0;
  for (const [period, column, label] of [
    ["Q1", "T03", "Quý I"],
    ["6T", "T06", "6 tháng"],
    ["9T", "T09", "9 tháng"],
    ["N", "T12", "Cả năm"],
  ] as const) {
    const v = grdpValue(DATA_YEAR, period);
    if (v === null) continue;
    const cell = row.locator(`td[data-cell="${column}"]`);
    await expect(cell).toContainText(formatViNumber(v.value, v.precision));
    await expect(cell).toContainText(label);
    shown += 1;
  }
  expect(shown, `GRDP has period values in ${DATA_YEAR}`).toBeGreaterThan(0);
  await expect(row.locator('td[data-cell="T01"]')).toHaveText("–");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("entry-year-1366.png"), fullPage: false });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: test.info().outputPath("entry-year-375.png"), fullPage: false });

  await context.close();
});

test("[ENTRY] an officer signs in onto 'Nhập số liệu tháng …' and it opens the month form", async ({ page }) => {
  test.setTimeout(90_000);
  ensureTestDepartment("hzbatdau");
  await login(page, "hzbatdau.canbo");
  await expect(page).toHaveURL(/\/entry\/hzbatdau/);
  const year = await shownYear(page);
  const { month, label } = expectedStart("hzbatdau", year);
  // nothing sent yet: the month due now (a past year: its first month) is the officer's to fill in
  expect(label).toBe(`Nhập số liệu tháng ${month}/${year}`);
  const start = page.getByRole("link", { name: label });
  await expect(start).toBeVisible();
  await start.click();
  await expect(page).toHaveURL(new RegExp(`/entry/hzbatdau/${year}/${month}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Số liệu tháng ${month}/${year}`);
  await expect(page.getByRole("button", { name: "Lưu" }).first()).toBeVisible();
});
