import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

async function openEditor(page: Page, code: string) {
  await page.goto("/templates?year=2023&period=6T");
  await page
    .locator(`li[data-indicator="${code}"]`)
    .getByRole("link", { name: /^Sửa mẫu câu/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/templates/${code.replace(".", "\\.")}\\?`));
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
}

test.describe("[DRAFT] sentence templates (Mẫu câu)", () => {
  test("a planner edits a template, sees the sentence live from the period's figures, and saves it into the draft", async ({
    page,
  }, testInfo) => {
    await login(page, "tonghop");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Mẫu câu" }).click();
    await expect(page.getByRole("heading", { name: "Mẫu câu dự thảo báo cáo" })).toBeVisible();
    await openEditor(page, "nn.xa_ntm");
    await expect(page.getByRole("heading", { name: "Xã đạt chuẩn nông thôn mới" })).toBeVisible();

    const template = page.getByLabel("Mẫu câu", { exact: true });
    const preview = page.getByTestId("template-preview");
    await expect(template).toHaveValue("");
    // a count kept as a level says what was added (issue 13), never "Xã đạt chuẩn nông thôn mới đạt 88 xã"
    await expect(preview).toContainText(
      "Toàn tỉnh có thêm 04 xã đạt chuẩn nông thôn mới, nâng tổng số lên 88 xã, đạt 95,7% kế hoạch.",
    );

    await template.fill("{Tên chỉ tiêu} {gia_tri}");
    const problems = page.locator("#template-problems");
    await expect(problems).toContainText("Không có trường {gia_tri}");
    await expect(problems).toContainText("Mẫu câu phải có {Giá trị}");
    await expect(page.getByRole("button", { name: "Lưu mẫu câu" })).toBeDisabled();

    // the fields are offered and written under Vietnamese names (issue 16 point 7); the stored template keeps its tokens
    const insert = page.getByRole("group", { name: "Chèn trường:" });
    await expect(insert.getByRole("button", { name: "Phần trăm kế hoạch" })).toBeVisible();
    await expect(insert).not.toContainText("{pctOfPlan}");
    await template.fill("Toàn tỉnh có {Giá trị} đạt chuẩn nông thôn mới");
    await expect(preview).toHaveText("Toàn tỉnh có 88 xã đạt chuẩn nông thôn mới.");
    await template.press("End");
    await insert.getByRole("button", { name: "Phần trăm kế hoạch" }).click();
    await expect(template).toHaveValue("Toàn tỉnh có {Giá trị} đạt chuẩn nông thôn mới{Phần trăm kế hoạch}");
    // a token typed by hand is still understood
    await template.fill(
      "Toàn tỉnh có {giá trị} đạt chuẩn nông thôn mới[, {Phần trăm kế hoạch}][, {lastYearValue} cùng kỳ]",
    );
    await expect(preview).toHaveText("Toàn tỉnh có 88 xã đạt chuẩn nông thôn mới, đạt 95,7% kế hoạch, 81 xã cùng kỳ.");

    await page.getByRole("button", { name: "Lưu mẫu câu" }).click();
    await expect(
      page.getByRole("main").getByRole("status").filter({ hasText: "Đã lưu mẫu câu (phiên bản 1)." }),
    ).toBeVisible();
    await expect(template).toHaveValue(
      "Toàn tỉnh có {Giá trị} đạt chuẩn nông thôn mới[, {Phần trăm kế hoạch}][, {Số cùng kỳ} cùng kỳ]",
    );
    expect(await (await page.request.get("/api/v1/indicators/nn.xa_ntm/template")).json()).toMatchObject({
      template: "Toàn tỉnh có {value} đạt chuẩn nông thôn mới[, {pctOfPlan}][, {lastYearValue} cùng kỳ]",
    });

    const draft = await page.request.get("/api/v1/reports/2023/6T/draft");
    expect(await draft.text()).toContain(
      "Toàn tỉnh có 88 xã đạt chuẩn nông thôn mới, đạt 95,7% kế hoạch, 81 xã cùng kỳ.",
    );

    await page.getByRole("link", { name: "← Mẫu câu" }).click();
    const row = page.locator('li[data-indicator="nn.xa_ntm"]');
    await expect(row).toContainText("Mẫu riêng");
    await expect(row).toContainText("{Phần trăm kế hoạch}");
    await expect(row).toContainText("Toàn tỉnh có 88 xã đạt chuẩn nông thôn mới, đạt 95,7% kế hoạch, 81 xã cùng kỳ.");

    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: testInfo.outputPath("templates-list-375.png"), fullPage: false });
    await openEditor(page, "nn.xa_ntm");
    await page.screenshot({ path: testInfo.outputPath("template-editor-375.png"), fullPage: true });
  });

  test("a part's template is previewed inside its whole's sentence, and the default comes back when emptied", async ({
    page,
  }) => {
    await login(page, "admin");
    await openEditor(page, "knxnk.xk");
    const preview = page.getByTestId("template-preview");
    await expect(preview).toContainText(
      "trong đó xuất khẩu 1.280 triệu USD, đạt 98,5% kế hoạch, tăng 322,4%, nhập khẩu 1.005 triệu USD",
    );
    await page.getByLabel("Mẫu câu", { exact: true }).fill("{name} đạt {value}");
    await expect(preview).toContainText("trong đó xuất khẩu đạt 1.280 triệu USD, nhập khẩu 1.005 triệu USD");
    await page.getByRole("button", { name: "Dùng mẫu mặc định" }).click();
    await expect(preview).toContainText("trong đó xuất khẩu 1.280 triệu USD, đạt 98,5% kế hoạch");
  });

  test("two planners saving the same template: the second is told, nothing is overwritten", async ({ browser }) => {
    const first = await browser.newPage();
    const second = await browser.newPage();
    await login(first, "tonghop");
    await login(second, "admin");
    await openEditor(first, "nn.tieu_chi_ntm");
    await openEditor(second, "nn.tieu_chi_ntm");
    await first.getByLabel("Mẫu câu", { exact: true }).fill("Bình quân mỗi xã đạt {value}");
    await first.getByRole("button", { name: "Lưu mẫu câu" }).click();
    await expect(first.getByRole("status").filter({ hasText: "Đã lưu mẫu câu" })).toBeVisible();
    await second.getByLabel("Mẫu câu", { exact: true }).fill("{name} là {value}");
    await second.getByRole("button", { name: "Lưu mẫu câu" }).click();
    await expect(second.getByRole("alert").filter({ hasText: "vừa được người khác lưu" })).toBeVisible();
    const stored = await (await first.request.get("/api/v1/indicators/nn.tieu_chi_ntm/template")).json();
    expect(stored).toMatchObject({ template: "Bình quân mỗi xã đạt {value}", version: 1 });
    await first.close();
    await second.close();
  });

  for (const username of ["chq.canbo", "lanhdao"]) {
    test(`${username} cannot open or save templates (forbidden page, 403)`, async ({ page }) => {
      await login(page, username);
      await expect(
        page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Mẫu câu" }),
      ).toHaveCount(0);
      await page.goto("/templates");
      await expect(page).toHaveURL(/\/forbidden/);
      await page.goto("/templates/ban_le");
      await expect(page).toHaveURL(/\/forbidden/);
      const put = await page.request.put("/api/v1/indicators/ban_le/template", {
        data: { template: "{name} {value}", version: 0 },
      });
      expect(put.status()).toBe(403);
      expect((await page.request.get("/api/v1/indicators/ban_le/template")).status()).toBe(403);
    });
  }

  test("the template API checks what it is sent", async ({ page }) => {
    await login(page, "tonghop");
    const bad = await page.request.put("/api/v1/indicators/ban_le/template", {
      data: { template: "{name} đạt", version: 0 },
    });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error).toBe("Mẫu câu phải có {Giá trị}");
    expect(
      (
        await page.request.put("/api/v1/indicators/khong_co/template", { data: { template: "{value}", version: 0 } })
      ).status(),
    ).toBe(404);
  });
});

test.describe("[DRAFT] the draft as Markdown", () => {
  test("a planner gets the whole province's draft with the seed's sentences; counting is checked", async ({ page }) => {
    await login(page, "tonghop");
    const response = await page.request.get("/api/v1/reports/2023/6T/draft?counting=approved");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/markdown");
    const md = await response.text();
    expect(md.startsWith("# Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2023\n")).toBe(true);
    expect(md).toContain("## I. TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2023");
    expect(md).toContain(
      "Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt 2.285 triệu USD, đạt 60,1% kế hoạch, tăng 101,1% so với cùng kỳ, trong đó xuất khẩu 1.280 triệu USD, đạt 98,5% kế hoạch, tăng 322,4%, nhập khẩu 1.005 triệu USD, đạt 40,2% kế hoạch, tăng 20,6%; ước thực hiện cả năm 4.500 triệu USD, đạt 118,4% kế hoạch.",
    );
    expect(md).toContain(
      "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện kỳ | % kế hoạch | Cùng kỳ năm trước | So cùng kỳ (%; chỉ tiêu tỷ lệ: ± điểm %) |",
    );
    const bad = await page.request.get("/api/v1/reports/2023/6T/draft?counting=bogus");
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error).toBe("counting phải là approved, submitted hoặc all");
    expect((await page.request.get("/api/v1/reports/2023/7T/draft")).status()).toBe(422);
  });

  test("an officer gets only its department's part; without a session it is 401", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await login(page, "chq.canbo");
    const md = await (await page.request.get("/api/v1/reports/2023/6T/draft")).text();
    expect(md).toContain("Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt 2.285 triệu USD");
    expect(md).not.toContain("Tổng mức bán lẻ");
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/v1/reports/2023/6T/draft")).status()).toBe(401);
    await anonymous.dispose();
  });
});
