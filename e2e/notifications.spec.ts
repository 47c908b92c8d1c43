import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("[NOTIFY] a department sees its returned month with the reason, and a planner what awaits review", async ({
  page,
  browser,
}) => {
  await login(page, "sldtbxh.lanhdao");
  await page.getByRole("link", { name: /^Thông báo/ }).click();
  await expect(page).toHaveURL(/\/notifications/);
  await expect(page.locator('[data-kind="returned"]').first()).toContainText("tháng 12/2024 bị trả lại");

  const planner = await browser.newPage();
  await login(planner, "tonghop");
  await planner.goto("/notifications");
  await expect(planner.locator('[data-kind="awaiting_review"]').first()).toContainText("đang chờ duyệt");
  await planner.locator('[data-kind="awaiting_review"]').first().getByRole("link").click();
  await expect(planner).toHaveURL(/\/entry\/[a-z][a-z._]*\/2024\/12/);
  await expect(planner.getByRole("button", { name: "Duyệt" })).toBeVisible();
});

test("[NOTIFY] a leader has no notifications page", async ({ page }) => {
  await login(page, "lanhdao");
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/forbidden/);
});

test("[ENTRIES] earlier months can be revised from the month's form", async ({ page }) => {
  await login(page, "vpubnd.lanhdao");
  await page.goto("/entry/vpubnd/2024/12");
  await page.getByRole("link", { name: /Điều chỉnh số liệu các tháng trước/ }).click();
  await expect(page).toHaveURL(/revise=1/);
  await expect(page.locator('input[id="value-an.buon_lau-T03"]')).toBeVisible();
  await expect(page.locator('input[id="value-an.buon_lau-T12"]')).toBeVisible();
});
