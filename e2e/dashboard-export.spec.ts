import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";
import { apiSession } from "./hardening-fixtures";

/**
 * The leader's dashboard (issue 16, point 11): the status counts filter the list, "Xuất Excel"
 * downloads exactly what the page lists, and the page prints on A4 without the navigation and
 * the filters.
 */

const DASHBOARD = "/dashboard?year=2024&period=9T";

/** The list's lines as the page shows them: code and status. */
async function listed(page: Page): Promise<{ code: string; status: string }[]> {
  return page.locator("[data-risk]").evaluateAll((items) =>
    items.map((li) => ({
      code: li.getAttribute("data-risk")!,
      status: li.querySelector("[data-pace]")!.textContent!.trim(),
    })),
  );
}

/** The list of the downloaded workbook, below its header row. */
async function exported(page: Page): Promise<{ name: string; rows: { code: string; status: string }[] }> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  const file = await download;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.getWorksheet("Bảng điều hành")!;
  const rows: { code: string; status: string }[] = [];
  let header = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === "STT") header = n;
    else if (header && typeof row.getCell(1).value === "number")
      rows.push({ code: String(row.getCell(2).value), status: String(row.getCell(5).value) });
  });
  expect(header).toBeGreaterThan(0);
  return { name: file.suggestedFilename(), rows };
}

test.describe("[DASHBOARD] filter, export, print", () => {
  test.describe.configure({ timeout: 150_000 });

  test("a leader clicks a status count: the list shows only that status, and the export has the page's rows", async ({
    page,
  }) => {
    await login(page, "lanhdao");
    await page.goto(DASHBOARD);
    await expect(page.locator("[data-headline]").first()).toBeVisible({ timeout: 30_000 });
    const counts = page.getByRole("list", { name: /Số chỉ tiêu theo tình trạng/ });

    // the default list: those needing attention; the export has the same rows in the same order
    const attention = await listed(page);
    expect(attention.length).toBeGreaterThan(0);
    const all = await exported(page);
    expect(all.name).toBe("Bảng điều hành - tình hình thực hiện 9 tháng năm 2024.xlsx");
    expect(all.rows).toEqual(attention);

    // "Đạt kế hoạch": reached with the keyboard, marked current, the list only of that status
    const achieved = counts.locator('[data-count="achieved"] a');
    const expected = Number(await achieved.locator(".num").textContent());
    expect(expected).toBeGreaterThan(0);
    await achieved.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/status=achieved/);
    await expect(achieved).toHaveAttribute("aria-current", "true");
    await expect(page.getByRole("heading", { name: "Chỉ tiêu: Đạt kế hoạch" })).toBeVisible();
    const rows = await listed(page);
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["Đạt kế hoạch"]));
    await page.screenshot({ path: "test-results/dashboard-filtered-1366.png", fullPage: true });

    const filtered = await exported(page);
    expect(filtered.name).toBe("Bảng điều hành - tình hình thực hiện 9 tháng năm 2024 - Đạt kế hoạch.xlsx");
    expect(filtered.rows).toEqual(rows);

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(
      results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);

    // clicking the chosen count again (or "Bỏ lọc tình trạng") brings the default list back
    await page.getByRole("link", { name: "Bỏ lọc tình trạng" }).click();
    await expect(page).not.toHaveURL(/status=/);
    await expect(page.getByRole("heading", { name: "Chỉ tiêu cần chú ý" })).toBeVisible();
    expect(await listed(page)).toEqual(attention);
  });

  test("the export keeps the section filter, and refuses a department's officer", async ({ page, baseURL }) => {
    await login(page, "lanhdao");
    await page.goto(`${DASHBOARD}&section=I.3&status=at_risk`);
    await expect(page.getByRole("heading", { name: "Chỉ tiêu: Nguy cơ không đạt" })).toBeVisible({ timeout: 30_000 });
    const rows = await listed(page);
    expect((await exported(page)).rows).toEqual(rows);
    const officer = await apiSession(baseURL!, "sct.canbo");
    expect((await officer.get("/api/v1/reports/2024/9T/dashboard/export")).status()).toBe(403);
    await officer.dispose();
  });

  test("printed on A4: no navigation, filters or buttons; screenshots at 1366 and 375 px", async ({ page }) => {
    await login(page, "lanhdao");
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(DASHBOARD);
    await expect(page.locator(".recharts-surface").first()).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: "test-results/dashboard-1366.png", fullPage: true });

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
    await expect(page.getByRole("form", { name: "Bộ lọc báo cáo" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Xuất Excel" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Chỉ tiêu cần chú ý" })).toBeVisible();
    // nothing wider than A4 landscape's printable width (27.7 cm at 96 px/in)
    await page.setViewportSize({ width: 1047, height: 740 });
    const widest = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll("main *")].map((e) => e.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(1047);
    // every chart is drawn across its card, none collapsed or wider than it
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll("main article")].map((card) => {
        const surface = card.querySelector(".recharts-wrapper > .recharts-surface")!.getBoundingClientRect();
        return { chart: Math.round(surface.width), card: Math.round(card.getBoundingClientRect().width) };
      }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const { chart, card } of charts) {
      expect(chart).toBeGreaterThan(card * 0.8);
      expect(chart).toBeLessThanOrEqual(card);
    }
    await page.screenshot({ path: "test-results/dashboard-print.png", fullPage: true });

    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${DASHBOARD}&status=behind`);
    await expect(page.locator("[data-headline]").first()).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: "test-results/dashboard-375.png" });
    await page.getByRole("heading", { name: /Tiến độ \d+ chỉ tiêu/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/dashboard-375-list.png" });
    await page.screenshot({ path: "test-results/dashboard-375-full.png", fullPage: true });
  });
});
