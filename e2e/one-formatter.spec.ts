import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

/**
 * Issue 16 point 6: one formatter per indicator. The demo's 2024 plan for planting trees,
 * adopted as 2,223 million (the indicator shows one decimal), reads "2,223" in the targets
 * grid, the catalogue, the indicator page and the biểu (once 2,223 / 2,22 / 2,2).
 */
const TREES = "nn.cay_phan_tan";

test("[FORMAT] the same plan figure reads the same on the targets grid, the catalogue, the indicator page and the biểu", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "admin");
  await page.goto("/admin/targets?year=2024");
  const cell = page.locator(`[data-cell="${TREES}:hdnd"]`);
  const grid = (await cell.evaluate((e) => (e instanceof HTMLInputElement ? e.value : (e.textContent ?? "")))).trim();
  expect(grid).toBe("2,223");

  await page.goto("/indicators?year=2024");
  await expect(page.locator(`tr[data-indicator="${TREES}"]`)).toContainText(grid);
  await page.screenshot({ path: test.info().outputPath("catalogue-1366.png"), fullPage: false });

  await page.goto(`/indicators/${TREES}?year=2024&period=9T`);
  await expect(page.getByText(`Kế hoạch (`).first().locator("xpath=..")).toContainText(grid);

  await page.goto("/summary?year=2024&period=9T");
  const row = page.locator(`tr[data-code="${TREES}"]`);
  await expect(row.locator('[data-col="plan"]')).toHaveText(grid);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: test.info().outputPath("summary-375.png"), fullPage: false });
});
