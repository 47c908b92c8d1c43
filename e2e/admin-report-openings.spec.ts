import { expect, test, type Page } from "@playwright/test";
import { E2E_PASSWORD, as, makeUser } from "./admin-helpers";

/**
 * Issue 13 point 3: the opening paragraph of a year's reports is a plan-year setting per report
 * kind, edited on /admin/plans with a live example, checked (a message naming the field), saved
 * with an audit entry; a planner's draft then opens with it, and section I closes with đánh
 * giá chung, II and III drafted from the lagging indicators. Acts on 2022 (a closed year no
 * other spec drafts) and puts the default back at the end.
 */
const YEAR = 2022;
const OWN =
  "Thực hiện Chương trình công tác năm {year} của UBND tỉnh, UBND tỉnh báo cáo tình hình {period} và nhiệm vụ {next} như sau:";
const DEFAULT_MONTH =
  "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm {year}, UBND tỉnh báo cáo tình hình kinh tế - xã hội {period}, nhiệm vụ, giải pháp {next} như sau:";

async function openingsForm(admin: Page) {
  await admin.goto("/admin/plans");
  const year = admin.locator(`[data-year="${YEAR}"]`);
  await year.getByText("Lời mở đầu báo cáo", { exact: true }).click();
  return year.getByRole("form", { name: `Lời mở đầu báo cáo năm ${YEAR}` });
}

async function openDraft(page: Page, period: string) {
  await page.goto(`/draft/${YEAR}/${period}?fresh=1`);
  await expect(page.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");
}

test.describe.serial("[ADMIN] report openings", () => {
  const planner = "openings.e2e.tonghop";
  test.beforeAll(() => {
    makeUser(planner, "planner");
  });

  test("an admin sets the opening of the year's monthly reports; the draft opens with it, other kinds keep the default", async ({
    browser,
  }) => {
    const admin = await as(browser, "admin");
    const form = await openingsForm(admin);
    const month = form.getByLabel("Báo cáo tháng");
    await expect(month).toHaveValue(DEFAULT_MONTH);
    const example = form.locator('[data-preview="month"]');
    await expect(example).toHaveText(
      `Ví dụ: Thực hiện Kế hoạch phát triển kinh tế - xã hội năm ${YEAR}, UBND tỉnh báo cáo tình hình kinh tế - xã hội tháng 10, nhiệm vụ, giải pháp tháng 11 năm ${YEAR} như sau:`,
    );

    // a placeholder that does not exist is refused with the field named, nothing saved
    await month.fill("Thực hiện {ky}, UBND tỉnh báo cáo:");
    await form.getByRole("button", { name: "Lưu lời mở đầu" }).click();
    await expect(
      form.getByText("Lời mở đầu báo cáo tháng không có chỗ trống {ky} (chỉ dùng {year}, {period}, {next})"),
    ).toBeVisible();

    await month.fill(OWN);
    await expect(example).toHaveText(
      `Ví dụ: Thực hiện Chương trình công tác năm ${YEAR} của UBND tỉnh, UBND tỉnh báo cáo tình hình tháng 10 và nhiệm vụ tháng 11 năm ${YEAR} như sau:`,
    );
    await form.getByRole("button", { name: "Lưu lời mở đầu" }).click();
    await expect(form.getByRole("status")).toHaveText(`Đã lưu lời mở đầu báo cáo năm ${YEAR}`);
    await expect((await openingsForm(admin)).getByLabel("Báo cáo tháng")).toHaveValue(OWN);
    await admin.goto("/admin/audit");
    await expect(admin.locator('[data-action="plan_year_openings"]').first()).toContainText(
      "Chương trình công tác năm {year}",
    );

    const page = await as(browser, planner, E2E_PASSWORD);
    await openDraft(page, "T05");
    await expect(page.locator('[data-block="opening"]')).toHaveText(
      `Thực hiện Chương trình công tác năm ${YEAR} của UBND tỉnh, UBND tỉnh báo cáo tình hình tháng 5 và nhiệm vụ tháng 6 năm ${YEAR} như sau:`,
    );
    await openDraft(page, "6T");
    await expect(page.locator('[data-block="opening"]')).toHaveText(
      `Thực hiện Kế hoạch phát triển kinh tế - xã hội năm ${YEAR}, UBND tỉnh báo cáo tình hình thực hiện 6 tháng đầu năm, nhiệm vụ, giải pháp 6 tháng cuối năm ${YEAR} như sau:`,
    );
    // section I closes with đánh giá chung; II and III open with what the data says of the indicators that lag
    await expect(page.locator('[data-block="s:I.DG"]')).toContainText("8. Đánh giá chung");
    await expect(page.locator('[data-block="dg:counts"]')).toContainText(`chỉ tiêu có kế hoạch năm ${YEAR}`);
    await expect(page.locator('[data-block="ii:lead"]')).toContainText(
      "Bên cạnh những kết quả đạt được, trong 6 tháng đầu năm vẫn còn một số chỉ tiêu",
    );
    await expect(page.locator('[data-block="iii:lead"]')).toHaveText(
      `Để hoàn thành các mục tiêu, chỉ tiêu kế hoạch năm ${YEAR}, tập trung chỉ đạo đẩy nhanh tiến độ các chỉ tiêu còn chậm, cụ thể:`,
    );
    await expect(page.locator('[data-block^="iii:"] [data-fig]').first()).toHaveText(/\d/);
    await page.context().close();

    // emptied, the kind follows the default again
    const again = await openingsForm(admin);
    await again.getByLabel("Báo cáo tháng").fill("");
    await again.getByRole("button", { name: "Lưu lời mở đầu" }).click();
    await expect(again.getByRole("status")).toHaveText(`Đã lưu lời mở đầu báo cáo năm ${YEAR}`);
    await expect((await openingsForm(admin)).getByLabel("Báo cáo tháng")).toHaveValue(DEFAULT_MONTH);
    await admin.context().close();
  });
});
