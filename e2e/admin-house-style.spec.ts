import { expect, test } from "@playwright/test";
import { as } from "./admin-helpers";

/**
 * Issue 13 point 8: an admin sets the province's house style on /admin/plans; the sentence
 * template page then says which style it writes in and its sentences follow it. The demo's
 * style (Lạng Sơn's) is restored at the end.
 */
test.describe.serial("[ADMIN] house style of the báo cáo", () => {
  // Lạng Sơn's style back whatever happened: other specs' sentences are written in it
  test.afterAll(async ({ browser }) => {
    const admin = await as(browser, "admin");
    await admin.goto("/admin/plans");
    const form = admin.getByRole("form", { name: "Văn phong báo cáo" });
    await form.getByLabel("Số chữ số thập phân của tỷ lệ %").selectOption("as_needed");
    await form.getByLabel("Thời điểm cuối năm trước viết là").selectOption("date");
    await form.getByRole("button", { name: "Lưu văn phong" }).click();
    await expect(form.getByRole("status")).toContainText("Đã lưu văn phong báo cáo");
  });

  test("an admin writes percentages with two decimals and last year's end as 'cuối năm', and the templates follow", async ({
    browser,
  }) => {
    const admin = await as(browser, "admin");
    await admin.goto("/admin/plans");
    const form = admin.getByRole("form", { name: "Văn phong báo cáo" });
    await form.getByLabel("Số chữ số thập phân của tỷ lệ %").selectOption("fixed2");
    await form.getByLabel("Thời điểm cuối năm trước viết là").selectOption("year_end");
    await form.getByRole("button", { name: "Lưu văn phong" }).click();
    await expect(form.getByRole("status")).toContainText("Đã lưu văn phong báo cáo");

    await admin.goto("/templates?year=2023&period=6T&counting=approved");
    await expect(admin.getByTestId("house-style")).toContainText("luôn 2 chữ số");
    await expect(admin.getByTestId("house-style")).toContainText("so với cuối năm 2023");
    await expect(
      admin.getByText(
        "Tổng nguồn vốn huy động tại các ngân hàng đến 30/6/2023 đạt 40.729 tỷ đồng, tăng 9,75% so với cuối năm 2022",
      ),
    ).toBeVisible();
    await expect(
      admin.getByText(/ước đạt 2\.285 triệu USD, đạt 60,13% kế hoạch, tăng 101,07% so với cùng kỳ/).first(),
    ).toBeVisible();

    // back to Lạng Sơn's style
    await admin.goto("/admin/plans");
    const again = admin.getByRole("form", { name: "Văn phong báo cáo" });
    await again.getByLabel("Số chữ số thập phân của tỷ lệ %").selectOption("as_needed");
    await again.getByLabel("Thời điểm cuối năm trước viết là").selectOption("date");
    await again.getByRole("button", { name: "Lưu văn phong" }).click();
    await expect(again.getByRole("status")).toContainText("Đã lưu văn phong báo cáo");
    await admin.goto("/templates?year=2023&period=6T&counting=approved");
    await expect(admin.getByText(/tăng 9,75% so với 31\/12\/2022/)).toBeVisible();
  });

  test("a planner sees the style but cannot save it", async ({ browser }) => {
    const planner = await as(browser, "tonghop");
    await planner.goto("/templates?year=2023&period=6T");
    await expect(planner.getByTestId("house-style")).toContainText("1-2 chữ số khi cần");
    const refused = await planner.request.get("/admin/plans", { maxRedirects: 0 });
    expect([302, 303, 307, 403]).toContain(refused.status());
  });
});
