import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("[HELP] an officer opens the guide from the header: its own steps first, the plan year's deadlines, then to work", async ({
  page,
}) => {
  await login(page, "sct.canbo");
  await page.getByRole("link", { name: "Hướng dẫn" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hướng dẫn sử dụng" })).toBeVisible();
  const own = page.getByRole("region", { name: "Việc của bạn: Cán bộ nhập liệu" });
  await expect(own).toContainText("Bấm Lưu (có thể lưu nhiều lần)");
  // the newest open plan year's calendar (other specs may open a later year): cut-off on the 14th, due on the 17th
  const subtitle = await page.getByText(/theo cài đặt năm kế hoạch \d{4}/).textContent();
  const year = subtitle!.match(/(\d{4})$/)![1];
  const cycle = page.getByRole("region", { name: "Chu kỳ hằng tháng và thời hạn" });
  await expect(cycle).toContainText("từ ngày 15 tháng trước đến ngày 14 của tháng");
  await expect(cycle).toContainText(`số liệu từ 15/05/${year} đến 14/06/${year}, gửi trước hết ngày 17/06/${year}`);
  await expect(page.getByRole("region", { name: "Đánh giá tiến độ" })).toContainText("dưới 90% mức cần đạt");
  // other roles' work is folded
  const others = page.getByRole("region", { name: "Việc của các vai trò khác" });
  await expect(others.getByText("Tiếp nhận báo cáo tháng: duyệt")).toBeHidden();
  await others.getByText(/^Chuyên viên tổng hợp:/).click();
  await expect(others.getByText("Tiếp nhận báo cáo tháng: duyệt")).toBeVisible();
  // the table of contents jumps, the step's link leads to the work
  await page.getByRole("link", { name: "5. Đánh giá tiến độ" }).click();
  await expect(page).toHaveURL(/#danh-gia$/);
  await own.getByRole("link", { name: "Nhập số liệu →" }).click();
  await expect(page).toHaveURL(/\/entry/);
});

test("[HELP] a leader's guide starts with the dashboard and the draft", async ({ page }) => {
  await login(page, "lanhdao");
  await page.goto("/help");
  const own = page.getByRole("region", { name: "Việc của bạn: Lãnh đạo UBND tỉnh" });
  await expect(own.getByRole("link")).toHaveText(["Bảng điều hành →", "Biểu tổng hợp →", "Dự thảo báo cáo →"]);
  await own.getByRole("link", { name: "Bảng điều hành →" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
});

test("[HELP] signed out, the guide asks to sign in", async ({ page }) => {
  await page.goto("/help");
  await expect(page).toHaveURL(/\/login/);
});
