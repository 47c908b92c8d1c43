import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

const MONTH = "/entry/stnmt/2024/12";
const VALUE = 'input[id="value-mt.chat_thai_ran-T12"]';

async function as(browser: import("@playwright/test").Browser, username: string): Promise<Page> {
  const page = await browser.newPage();
  await login(page, username);
  return page;
}

test("[ENTRIES] the whole monthly cycle: fill, submit, return, fix, resubmit, approve, locked", async ({ browser }) => {
  test.setTimeout(120_000);
  // Officer fills and saves; the live columns follow the typed figure.
  const officer = await as(browser, "stnmt.canbo");
  await officer.goto(MONTH);
  await expect(officer.getByTestId("submission-state")).toHaveText("Đang nhập");
  await expect(officer.locator('form[data-ready="true"]')).toBeVisible();
  await officer.locator(VALUE).fill("91,7");
  await officer
    .getByLabel("Tình trạng số liệu: Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý")
    .selectOption("official");
  await expect(officer.locator('tr[data-row="mt.chat_thai_ran"] [data-live="to-date"]')).toHaveText("91,7");
  await expect(officer.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0);
  await officer.getByRole("button", { name: "Lưu" }).click();
  await expect(officer.getByText("Đã lưu số liệu")).toBeVisible();

  // The department head submits.
  const head = await as(browser, "stnmt.lanhdao");
  await head.goto(MONTH);
  await expect(head.locator(VALUE)).toHaveValue("91,7");
  await expect(head.locator('form[data-ready="true"]')).toBeVisible();
  await head.getByRole("button", { name: "Gửi báo cáo" }).click();
  await head.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
  await expect(head.getByTestId("submission-state")).toHaveText("Đã gửi");

  // The planner returns it with a reason and flags the figure.
  const planner = await as(browser, "tonghop");
  await planner.goto(MONTH);
  await expect(planner.locator('form[data-ready="true"]')).toBeVisible();
  await planner.getByLabel("Đánh dấu cần sửa: Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý").check();
  await planner.getByRole("button", { name: "Trả lại" }).click();
  await planner.getByRole("button", { name: "Xác nhận trả lại" }).click();
  await expect(planner.locator(".text-red-700", { hasText: "Vui lòng nhập lý do" })).toBeVisible();
  await planner.getByLabel("Lý do trả lại").fill("Số liệu tỷ lệ thu gom chưa khớp báo cáo quý IV");
  await planner.getByRole("button", { name: "Xác nhận trả lại" }).click();
  await expect(planner.getByTestId("submission-state")).toHaveText("Bị trả lại");

  // The officer sees the reason and the flagged figure, and fixes it.
  await officer.goto(MONTH);
  await expect(officer.locator('form[data-ready="true"]')).toBeVisible();
  await expect(officer.getByTestId("return-reason")).toHaveText("Số liệu tỷ lệ thu gom chưa khớp báo cáo quý IV");
  await expect(officer.locator('tr[data-row="mt.chat_thai_ran"]')).toContainText("Cần sửa theo yêu cầu");
  await officer.locator(VALUE).fill("92,4");
  await officer.getByRole("button", { name: "Lưu" }).click();
  await expect(officer.getByText("Đã lưu số liệu")).toBeVisible();
  await officer
    .getByText(/Lịch sử/)
    .first()
    .click();
  await expect(officer.getByRole("list", { name: /Lịch sử Tỷ lệ chất thải rắn/ })).toContainText("91,7");

  // Resubmitted, approved, then locked for the officer.
  await head.goto(MONTH);
  await expect(head.locator('form[data-ready="true"]')).toBeVisible();
  await head.getByRole("button", { name: "Gửi báo cáo" }).click();
  await head.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
  await expect(head.getByTestId("submission-state")).toHaveText("Đã gửi");
  await planner.goto(MONTH);
  await expect(planner.locator('form[data-ready="true"]')).toBeVisible();
  await planner.getByRole("button", { name: "Duyệt" }).click();
  await planner.getByRole("button", { name: "Xác nhận duyệt" }).click();
  await expect(planner.getByTestId("submission-state")).toHaveText("Đã duyệt");
  await officer.goto(MONTH);
  await expect(officer.getByTestId("locked-notice")).toContainText("đã được duyệt và khóa");
  await expect(officer.locator(VALUE)).toBeDisabled();
  await expect(officer.getByRole("button", { name: "Lưu" })).toHaveCount(0);
  const api = await officer.request.put("/api/v1/submissions/stnmt/2024/12/values", {
    data: { values: [{ indicator: "mt.chat_thai_ran", value: "93", status: "official" }] },
  });
  expect(api.status()).toBe(409);
});

test("[ENTRIES] a malformed number is refused in the form with a message naming the problem", async ({ page }) => {
  await login(page, "vpubnd.canbo");
  await page.goto("/entry/vpubnd/2024/12");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  const input = page.locator('input[id="value-an.buon_lau-T12"]');
  await input.fill("1,234.5");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText(/không rõ định dạng/)).toBeVisible();
  await expect(page.getByText("Đã lưu số liệu")).toHaveCount(0);
});

test("[ENTRIES] leaving with unsaved changes keeps a draft that can be restored", async ({ page }) => {
  await login(page, "vpubnd.lanhdao");
  await page.goto("/entry/vpubnd/2024/12");
  const input = page.locator('input[id="value-an.khoi_to_vu-T12"]');
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  const before = await input.inputValue();
  expect(before).not.toBe("");
  await input.fill("777");
  await expect(page.getByText(/Đã tự lưu bản nháp trên máy/)).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.goto("/entry/vpubnd?year=2024");
  await page.goto("/entry/vpubnd/2024/12");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expect(input).toHaveValue(before);
  await page.getByRole("button", { name: "Khôi phục" }).click();
  await expect(input).toHaveValue("777");
});

test("[ENTRIES] the grid works from the keyboard: Enter moves down, the value is shown back formatted", async ({
  page,
}) => {
  await login(page, "vpubnd.canbo");
  await page.goto("/entry/vpubnd/2024/12");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  const first = page.locator('input[id="value-an.buon_lau-T12"]');
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('input[id="value-an.xu_phat_vu-T12"]')).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('input[id="value-an.xu_phat_tien-T12"]')).toBeFocused();
  await page.keyboard.type("1234,5");
  await page.keyboard.press("Tab");
  await expect(page.locator('input[id="value-an.xu_phat_tien-T12"]')).toHaveValue("1.234,5");
  await expect(page.getByLabel("Tình trạng số liệu: Tổng số tiền xử phạt vi phạm hành chính")).toBeFocused();
});
