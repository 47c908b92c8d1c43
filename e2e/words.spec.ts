import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { apiSession, ensureTestDepartment } from "./hardening-fixtures";

/**
 * Words, not codes (issue 16 point 7): the audit log in sentences, breadcrumbs with names,
 * periods in words, the Vietnamese 404. Department "hzwrd" is this spec's own.
 */
const DEPT = "hzwrd";
const MONTH = `/api/v1/submissions/${DEPT}/2024/10`;

/** A page signed in through the API (the login form is the auth spec's; under load its redirect outlasts the timeout). */
async function pageAs(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const api = await apiSession(baseURL, username);
  const storageState = await api.storageState();
  await api.dispose();
  return (await browser.newContext({ storageState, baseURL })).newPage();
}

test("[WORDS] the audit log says who did what in Vietnamese, with the figure before and after", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000); // two sessions, three writes and four pages on a busy 2-core machine
  const { indicator } = ensureTestDepartment(DEPT);
  const officer = await apiSession(baseURL!, `${DEPT}.canbo`);
  const head = await apiSession(baseURL!, `${DEPT}.lanhdao`);
  const first = await officer.put(`${MONTH}/values`, { data: { values: [{ indicator, value: "12,5" }] } });
  expect(first.status()).toBe(200);
  const { version } = (await first.json()).values[0];
  expect(
    (await officer.put(`${MONTH}/values`, { data: { values: [{ indicator, value: "13", version }] } })).status(),
  ).toBe(200);
  expect((await head.post(`${MONTH}/submit`, { data: {} })).status()).toBe(200);
  await officer.dispose();
  await head.dispose();

  const page = await pageAs(browser, baseURL!, "admin");
  await page.goto("/admin/audit");
  // the filter lists people by name, department and account
  await page
    .getByLabel("Người thực hiện")
    .selectOption({ label: `Lãnh đạo ${DEPT} (Đơn vị kiểm thử ${DEPT}) · ${DEPT}.lanhdao` });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(new RegExp(`user=${DEPT}\\.lanhdao`));

  const submitted = page.locator('[data-action="submission_submit"]').first();
  await expect(submitted.getByTestId("audit-sentence")).toHaveText(
    `Lãnh đạo ${DEPT} (Đơn vị kiểm thử ${DEPT}) đã gửi báo cáo tháng 10/2024`,
  );
  const signedIn = page.locator('[data-action="login"]').first();
  await expect(signedIn.getByTestId("audit-sentence")).toHaveText(
    new RegExp(`^Lãnh đạo ${DEPT} \\(Đơn vị kiểm thử ${DEPT}\\) đã đăng nhập`),
  );
  // the codes and the raw JSON are folded away for the administrator, shown on demand
  await expect(submitted.getByText("submission_submit", { exact: true })).toBeHidden();
  await expect(page.getByText("submission_submit")).toBeHidden();
  await submitted.getByText("Chi tiết kỹ thuật").click();
  await expect(submitted.getByText("submission_submit", { exact: true })).toBeVisible();
  await expect(submitted).toContainText('"state": "submitted"');

  await page.goto(`/admin/audit?user=${DEPT}.canbo`);
  const saves = page.locator('[data-action="values_save"] [data-testid="audit-sentence"]');
  await expect(saves.first()).toHaveText(
    `Cán bộ ${DEPT} (Đơn vị kiểm thử ${DEPT}) đã sửa chỉ tiêu Chỉ tiêu kiểm thử ${DEPT} 1 tháng 10/2024: 12,5 → 13,0 tỷ đồng`,
  );
  await expect(saves.nth(1)).toHaveText(
    `Cán bộ ${DEPT} (Đơn vị kiểm thử ${DEPT}) đã nhập chỉ tiêu Chỉ tiêu kiểm thử ${DEPT} 1 tháng 10/2024: 12,5 tỷ đồng`,
  );
  await page.goto(`/admin/audit?user=${DEPT}.lanhdao`);
  await page.screenshot({ path: testInfo.outputPath("audit-1366.png"), fullPage: false });
});

test("[WORDS] breadcrumbs and figures name indicators and periods in words", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const page = await pageAs(browser, baseURL!, "lanhdao");
  await page.goto("/indicators/knxnk.xk?year=2024&period=9T");
  const crumbs = page.getByRole("navigation", { name: "Đường dẫn" });
  await expect(crumbs).toHaveText(
    "Danh mục chỉ tiêu / Tổng kim ngạch xuất nhập khẩu qua địa bàn / Kim ngạch xuất khẩu qua địa bàn",
  );
  await expect(crumbs).not.toContainText("knxnk");
  await crumbs.getByRole("link", { name: "Tổng kim ngạch xuất nhập khẩu qua địa bàn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng kim ngạch xuất nhập khẩu qua địa bàn");
  await page.goto("/indicators/dtc.giai_ngan?year=2024&period=9T");
  await expect(page.getByRole("navigation", { name: "Đường dẫn" })).toHaveText(
    "Danh mục chỉ tiêu / Giải ngân vốn đầu tư công",
  );
  // what the figure is made of reads in months, not codes
  await expect(page.getByText(/được tính từ: Tháng 1 \+ Tháng 2 \+ … \+ Tháng 9$/)).toBeVisible();
  await expect(page.getByText(/T0\d \+ T0\d/)).toHaveCount(0);
  // the period chooser says "Cả năm"
  await expect(page.locator('select[name="period"] option[value="N"]')).toHaveText("Cả năm");
});

test("[WORDS] an unknown address shows the Vietnamese 404 with a way back", async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(120_000); // axe included
  const page = await pageAs(browser, baseURL!, "tonghop");
  const response = await page.goto("/khong-co-trang-nay");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("could not be found");
  await expect(page).toHaveTitle(/Không tìm thấy trang/);
  await page.screenshot({ path: testInfo.outputPath("not-found-1366.png"), fullPage: false });
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.getByRole("link", { name: "Về trang chính" }).click();
  await expect(page).toHaveURL(/\/review/);

  // a code that does not exist inside the app: the same page, under the app's header
  const missing = await page.goto("/indicators/khong.co?year=2024");
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeVisible();
  await page.getByRole("button", { name: "Quay lại trang trước" }).click();
  await expect(page).toHaveURL(/\/review/);
});
