import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

/** Leaders comment (góp ý) on a saved version; the planner sees them beside the text and marks them done. */
async function openEditor(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");
}

test("[DRAFT] a leader comments on a heading of a saved version; the planner sees it on the next version and marks it done", async ({
  page,
  browser,
}) => {
  await login(page, "tonghop");
  await openEditor(page, "/draft/2022/6T");
  await page.getByRole("button", { name: "Lưu phiên bản" }).click();
  await expect(page.getByTestId("draft-status")).toContainText("Phiên bản 1");
  // the planner cannot comment, only mark done
  await expect(page.getByRole("form", { name: "Góp ý cho dự thảo" })).toHaveCount(0);

  const leader = await (await browser.newContext()).newPage();
  await login(leader, "lanhdao");
  await openEditor(leader, "/draft/2022/6T");
  const panel = leader.getByRole("region", { name: /Góp ý của lãnh đạo/ });
  await expect(panel).toContainText("Không có góp ý nào chưa xử lý.");
  const form = panel.getByRole("form", { name: "Góp ý cho dự thảo" });
  await form.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(form.getByRole("alert")).toHaveText("Hãy nhập nội dung góp ý");
  const heading = await leader.locator('select option:not([value=""])').first().textContent();
  await form.getByLabel("Góp ý cho").selectOption({ index: 1 });
  await form.getByLabel("Nội dung góp ý").fill("Bổ sung nguyên nhân tăng trưởng thấp hơn cùng kỳ.");
  await form.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã gửi góp ý cho phiên bản 1");
  await expect(panel.getByRole("heading")).toContainText("(1 chưa xử lý)");
  await expect(panel.locator("li[data-comment]")).toContainText(`Mục: ${heading!.replace(/…$/, "")}`);
  await expect(panel.getByRole("button", { name: "Đánh dấu đã xử lý" })).toHaveCount(0);

  // the planner saves a new version: the open comment is still beside the text
  await openEditor(page, "/draft/2022/6T");
  await page.getByPlaceholder("Ghi chú phiên bản, vd: sửa số liệu xuất khẩu").fill("Bổ sung theo góp ý");
  await page.getByRole("button", { name: "Lưu phiên bản" }).click();
  await expect(page.getByTestId("draft-status")).toContainText("Phiên bản 2");
  const planner = page.getByRole("region", { name: /Góp ý của lãnh đạo/ });
  const comment = planner.locator("li[data-comment]").first();
  await expect(comment).toContainText("phiên bản 1");
  await expect(comment).toContainText("Bổ sung nguyên nhân tăng trưởng thấp hơn cùng kỳ.");
  await comment.getByRole("button", { name: "Đánh dấu đã xử lý" }).click();
  await expect(planner).toContainText("Không có góp ý nào chưa xử lý.");
  await expect(planner.getByText(/^Đã xử lý \(/)).toHaveCount(0); // a done comment stays with its own version

  // on version 1 it is kept, as done, with who marked it
  await leader.goto("/draft/2022/6T");
  await leader.getByRole("link", { name: "Phiên bản 1", exact: true }).click();
  await expect(leader.getByTestId("draft-status")).toContainText("Phiên bản 1");
  const done = leader.getByRole("region", { name: /Góp ý của lãnh đạo/ });
  await expect(done).toContainText("Không có góp ý nào chưa xử lý.");
  await done.getByText("Đã xử lý (1)").click();
  await expect(done).toContainText("Đã xử lý: Nguyễn Thị Tổng Hợp");
});
