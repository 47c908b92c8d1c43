import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

/** Each role's navigation, and the pages of other roles it is refused. */
const ROLES = [
  {
    username: "admin",
    home: /\/admin\/users/,
    nav: [
      "Người dùng",
      "Quản trị kế hoạch",
      "Danh mục chỉ tiêu",
      "Tiếp nhận báo cáo",
      "Biểu tổng hợp",
      "Dự thảo báo cáo",
      "Mẫu câu",
    ],
    refused: [] as string[],
  },
  {
    username: "tonghop",
    home: /\/review/,
    nav: [
      "Tiếp nhận báo cáo",
      "Bảng điều hành",
      "Xếp hạng địa phương",
      "Biểu tổng hợp",
      "Dự thảo báo cáo",
      "Danh mục chỉ tiêu",
      "Mẫu câu",
    ],
    refused: ["/admin/users"],
  },
  {
    username: "lanhdao",
    home: /\/dashboard/,
    nav: ["Bảng điều hành", "Xếp hạng địa phương", "Biểu tổng hợp", "Dự thảo báo cáo", "Danh mục chỉ tiêu"],
    refused: ["/admin/users", "/review", "/entry", "/entry/sct", "/notifications", "/templates"],
  },
  {
    username: "sct.lanhdao",
    home: /\/entry\/sct/,
    nav: ["Số liệu của đơn vị", "Chỉ tiêu của đơn vị"],
    refused: [
      "/admin/users",
      "/review",
      "/dashboard",
      "/summary",
      "/entry/chq",
      "/indicators/knxnk",
      "/templates",
      "/draft",
      "/draft/2023/6T",
    ],
  },
  {
    username: "chq.canbo",
    home: /\/entry\/chq/,
    nav: ["Nhập số liệu", "Chỉ tiêu của đơn vị"],
    refused: ["/admin/users", "/review", "/dashboard", "/summary", "/entry/sct", "/indicators/ccn", "/draft"],
  },
];

for (const role of ROLES) {
  test(`[ROLES] ${role.username} sees its own navigation and is refused other roles' pages`, async ({ page }) => {
    await login(page, role.username);
    await expect(page).toHaveURL(role.home);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    // "Kế hoạch chỉ tiêu" appears for planners only while an admin lets planners edit a year's plan (admin-refusals spec).
    await expect(nav.getByRole("link").filter({ hasNotText: "Kế hoạch chỉ tiêu" })).toHaveText(role.nav);
    for (const path of role.refused) {
      await page.goto(path);
      await expect(page, `${role.username} must not open ${path}`).toHaveURL(/\/forbidden/);
      await expect(page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
    }
  });
}

test("[ROLES] a leader sees the headline cards of the dashboard", async ({ page }) => {
  await login(page, "lanhdao");
  await page.goto("/dashboard?year=2023&period=6T");
  await expect(page.getByText("Tình hình thực hiện 6 tháng đầu năm 2023")).toBeVisible();
  await expect(page.locator("[data-headline]")).not.toHaveCount(0);
});

test("[ROLES] a planner sees every department's submissions", async ({ page }) => {
  await login(page, "tonghop");
  await page.goto("/review?year=2023");
  await expect(page.getByRole("rowheader", { name: "Cục Hải quan tỉnh" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Sở Y tế" })).toBeVisible();
});
