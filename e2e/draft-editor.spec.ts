import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import fs from "node:fs";
import { login } from "./fixtures";

const SHOTS = process.env.DRAFT_SHOTS_DIR;

/** Screenshots for looking at the pages (DRAFT_SHOTS_DIR=/tmp/x); nothing is written otherwise. */
async function shot(page: Page, name: string, fullPage = false) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

async function openEditor(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");
}

const chip = (page: Page, block: string, n = 0) => page.locator(`[data-block="${block}"] [data-fig]`).nth(n);

test.describe("[DRAFT] the draft báo cáo editor", () => {
  test("a planner generates the 6T-2023 draft, edits a figure, sees it flagged and saves a version", async ({
    page,
  }) => {
    await login(page, "tonghop");
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Dự thảo báo cáo" })
      .click();
    await expect(page.getByRole("heading", { name: "Dự thảo báo cáo", level: 1 })).toBeVisible();
    await page.getByRole("combobox", { name: /^Năm/ }).selectOption("2023");
    await page.getByRole("combobox", { name: /^Kỳ báo cáo/ }).selectOption("6T");
    await page.getByRole("button", { name: "Chọn" }).click();
    // the choice is remembered first, then the page moves: wait for it rather than click the old link
    await expect(page).toHaveURL(/[?&]year=2023&period=6T/);
    await expect(page.getByRole("heading", { name: "6 tháng đầu năm 2023" })).toBeVisible();
    await page.getByRole("link", { name: "Tạo dự thảo" }).click();
    await expect(page.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");
    await expect(page.getByTestId("draft-status")).toContainText("chưa lưu");

    const figure = chip(page, "i:knxnk");
    await expect(figure).toHaveText("2.285 triệu USD");
    await expect(figure).not.toHaveAttribute("data-flag");
    await figure.click();
    const panel = page.getByRole("dialog", { name: /Tổng kim ngạch xuất nhập khẩu/ });
    await expect(panel.getByTestId("figure-entries")).toContainText("Tháng 6/2023");
    await expect(panel.getByTestId("figure-entries")).toContainText("Đã duyệt");
    await panel.getByLabel("Nội dung số liệu").fill("2.300 triệu USD");
    await panel.getByRole("button", { name: "Áp dụng" }).click();
    await expect(figure).toHaveText("2.300 triệu USD");
    await expect(figure).toHaveAttribute("data-flag", "edited");
    await expect(panel.getByTestId("figure-flags")).toContainText("Đã sửa khác số liệu");
    await expect(page.getByTestId("flag-list")).toContainText(
      "Tổng kim ngạch xuất nhập khẩu qua địa bàn: 2.300 triệu USD",
    );
    await shot(page, "editor-desktop");
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.length}`),
    ).toEqual([]);
    await shot(page, "editor-desktop-full", true);
    await page.setViewportSize({ width: 375, height: 800 });
    await shot(page, "editor-375");
    await panel.getByRole("button", { name: "Đóng" }).click();
    await shot(page, "editor-375-top");
    await figure.scrollIntoViewIfNeeded();
    await shot(page, "editor-375-figure");
    await figure.click();
    await panel.getByRole("button", { name: "Đóng" }).click();
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel("Ghi chú phiên bản").fill("Sửa kim ngạch theo Cục Hải quan");
    await page.getByRole("button", { name: "Lưu phiên bản" }).click();
    await expect(page).toHaveURL(/\/draft\/2023\/6T\?version=\d+/);
    await expect(page.getByTestId("draft-status")).toContainText("Phiên bản 1");
    await page.reload();
    await expect(page.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");
    await expect(chip(page, "i:knxnk")).toHaveText("2.300 triệu USD");
    await expect(chip(page, "i:knxnk")).toHaveAttribute("data-flag", "edited");
    const version = page.getByTestId("version-list").locator('[data-version="1"]');
    await expect(version).toContainText("Sửa kim ngạch theo Cục Hải quan");
    await expect(version.getByRole("link", { name: "Tải Excel" })).toHaveAttribute(
      "href",
      /\/api\/v1\/reports\/2023\/6T\/export\?format=xlsx&version=\d+/,
    );
    // the Word file of the saved version carries the planner's edit, not the generated figure, and is named after it
    const versionId = new URL(page.url()).searchParams.get("version");
    const docx = await page.request.get(`/api/v1/reports/2023/6T/export?format=docx&version=${versionId}`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()["content-disposition"]).toContain(
      'filename="bao-cao-tinh-hinh-kinh-te-xa-hoi-6-thang-dau-nam-2023-phien-ban-1.docx"',
    );
    const xml = await (await JSZip.loadAsync(await docx.body())).file("word/document.xml")!.async("string");
    expect(xml).toContain("2.300 triệu USD");
    expect(xml).not.toContain("2.285 triệu USD");
  });

  test("a planner regenerates one section while edits in the others survive (typed text, added paragraphs, deleted figures)", async ({
    page,
  }) => {
    await login(page, "tonghop");
    await openEditor(page, "/draft/2023/9T");
    await chip(page, "i:knxnk").click();
    const panel = page.getByRole("dialog");
    await panel.getByLabel("Nội dung số liệu").fill("4.000 triệu USD");
    await panel.getByRole("button", { name: "Áp dụng" }).click();
    await panel.getByRole("button", { name: "Đóng" }).click();
    await expect(chip(page, "i:knxnk")).toHaveAttribute("data-flag", "edited");

    const grdp = page.locator('[data-block="i:grdp"]');
    await grdp.focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Câu do chuyên viên thêm.");
    await expect(grdp).toContainText("Câu do chuyên viên thêm.");
    // selecting a figure and deleting it drops the figure and its link
    const grdpFigures = grdp.locator("[data-fig]");
    const figures = await grdpFigures.count();
    const deleted = (await grdpFigures.first().textContent())!;
    await grdp.evaluate((el) => {
      el.focus();
      const range = document.createRange();
      range.selectNode(el.querySelector("[data-fig]")!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press("Backspace");
    await expect(grdpFigures).toHaveCount(figures - 1);
    await expect(grdp).not.toContainText(deleted);

    await page.getByRole("button", { name: "Thêm đoạn văn vào mục I.3.5" }).click();
    await page.keyboard.type("Đoạn do chuyên viên viết thêm.");
    const typed = page.getByRole("textbox", { name: "Đoạn văn do chuyên viên viết" });
    await expect(typed).toHaveText("Đoạn do chuyên viên viết thêm.");

    const dnMoi = page.locator('[data-block="i:dn.moi"]');
    await dnMoi.focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Sẽ mất khi tạo lại.");
    await page.getByRole("button", { name: "Tạo lại mục I.3.5" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Đã tạo lại mục I.3.5");
    await expect(dnMoi).not.toContainText("Sẽ mất khi tạo lại.");
    await expect(typed).toHaveText("Đoạn do chuyên viên viết thêm.");
    await expect(grdp).toContainText("Câu do chuyên viên thêm.");
    await expect(chip(page, "i:knxnk")).toHaveText("4.000 triệu USD");
    await expect(chip(page, "i:knxnk")).toHaveAttribute("data-flag", "edited");

    await page.getByRole("button", { name: "Tạo lại mục I.3.2" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Đã tạo lại mục I.3.2");
    await expect(chip(page, "i:knxnk")).not.toHaveAttribute("data-flag");
    await expect(grdp).toContainText("Câu do chuyên viên thêm.");

    await page.getByRole("button", { name: "Lưu phiên bản" }).click();
    await expect(page.getByTestId("draft-status")).toContainText("Phiên bản 1");
    await expect(page.locator('[data-block="i:grdp"]')).toContainText("Câu do chuyên viên thêm.");
    await expect(page.getByRole("textbox", { name: "Đoạn văn do chuyên viên viết" })).toHaveText(
      "Đoạn do chuyên viên viết thêm.",
    );
    await expect(page.locator('[data-block="i:grdp"] [data-fig]')).toHaveCount(figures - 1);
  });

  test("text typed before and after clicking a figure chip, and in the figure's panel, is all saved", async ({
    page,
  }) => {
    await login(page, "tonghop");
    await openEditor(page, "/draft/2024/6T");
    const paragraphs = page.locator('[data-block^="i:"]:has([data-fig])');
    const para = paragraphs.first();
    const blockId = (await para.getAttribute("data-block"))!;
    const figure = chip(page, blockId);
    const figureText = (await figure.textContent())!;
    const figures = await para.locator("[data-fig]").count();

    await para.focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Câu gõ trước khi bấm số liệu.");
    const typedFirst = (await para.textContent())!;
    // where the first chip ends in the text: the caret is put there by the click
    const chipEnd = await para.evaluate((el) => {
      const range = document.createRange();
      range.setStart(el, 0);
      range.setEndAfter(el.querySelector("[data-fig]")!);
      return range.toString().length;
    });

    await figure.click();
    const panel = page.getByRole("dialog");
    await expect(panel.getByLabel("Nội dung số liệu")).toHaveValue(figureText);
    // the panel opened by a click does not take the keyboard: typing goes on in the paragraph
    await expect(panel.getByLabel("Nội dung số liệu")).not.toBeFocused();
    await expect(para).toBeFocused();
    await page.keyboard.type(" Câu gõ sau khi bấm số liệu.");
    await expect(panel.getByLabel("Nội dung số liệu")).toHaveValue(figureText);
    const expected = `${typedFirst.slice(0, chipEnd)} Câu gõ sau khi bấm số liệu.${typedFirst.slice(chipEnd)}`;
    await expect(para).toHaveText(expected);

    // a letter typed on a chip reached with the keyboard goes into the text after it (Space and Enter open its panel)
    const third = paragraphs.nth(2);
    const thirdId = (await third.getAttribute("data-block"))!;
    const thirdFigure = (await chip(page, thirdId).textContent())!;
    await chip(page, thirdId).focus();
    await page.keyboard.type("Gõ khi số liệu đang được chọn.");
    await expect(third).toContainText(`${thirdFigure}Gõ khi số liệu đang được chọn.`);
    await expect(chip(page, thirdId)).toHaveText(thirdFigure);

    // a panel opened with the keyboard takes it; what is typed there and not applied is saved too
    const other = paragraphs.nth(1);
    const otherId = (await other.getAttribute("data-block"))!;
    await chip(page, otherId).focus();
    await page.keyboard.press("Enter");
    const box = page.getByRole("dialog").getByLabel("Nội dung số liệu");
    await expect(box).toBeFocused();
    await box.fill("123,4 tỷ đồng");
    await expect(page.getByText("Có thay đổi chưa lưu", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Lưu phiên bản" }).click();
    await expect(page.getByTestId("draft-status")).toContainText("Phiên bản 1");

    await page.reload();
    await expect(page.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");
    await expect(page.locator(`[data-block="${blockId}"]`)).toHaveText(expected);
    await expect(page.locator(`[data-block="${blockId}"] [data-fig]`)).toHaveCount(figures);
    await expect(chip(page, blockId)).toHaveText(figureText);
    await expect(chip(page, otherId)).toHaveText("123,4 tỷ đồng");
    await expect(page.locator(`[data-block="${thirdId}"]`)).toContainText(
      `${thirdFigure}Gõ khi số liệu đang được chọn.`,
    );
    await expect(chip(page, otherId)).toHaveAttribute("data-flag", "edited");
    for (const [width, height] of [
      [1366, 768],
      [375, 800],
    ]) {
      await page.setViewportSize({ width, height });
      await shot(page, `editor-${width}-version`);
      await chip(page, blockId).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      // the clicked figure (and the caret after it) is not hidden under the panel
      await expect(async () => {
        const c = (await chip(page, blockId).boundingBox())!;
        const p = (await page.getByRole("dialog").boundingBox())!;
        expect(c.x + c.width <= p.x || c.y + c.height <= p.y).toBe(true);
      }).toPass();
      await shot(page, `editor-${width}-panel`);
      await page.getByRole("dialog").getByRole("button", { name: "Đóng" }).click();
    }
  });

  test("a version with an empty section asks before its Word file is downloaded, in the editor and on the draft page", async ({
    page,
  }) => {
    await login(page, "tonghop");
    await openEditor(page, "/draft/2024/9T");
    // empty section 3.5: every paragraph between its heading and the next heading
    const heading = page.locator('[data-block="s:I.3.5"]');
    const headingText = (await heading.getByRole("textbox").textContent())!.trim();
    const ids = await heading.evaluate((el) => {
      const out: string[] = [];
      for (
        let n = el.nextElementSibling;
        n && !n.getAttribute("data-block")?.startsWith("s:");
        n = n.nextElementSibling
      )
        out.push(n.getAttribute("data-block")!);
      return out;
    });
    expect(ids.length).toBeGreaterThan(0);
    const removed = (await page.locator(`[data-block="${ids[0]}"]`).textContent())!;
    for (const id of ids) {
      const block = page.locator(`[data-block="${id}"]`);
      await block.focus();
      await page.keyboard.press("Control+A");
      await page.keyboard.press("Backspace");
      await expect(block).toHaveText("");
    }
    await page.getByLabel("Ghi chú phiên bản").fill("Bỏ trống mục 3.5");
    await page.getByRole("button", { name: "Lưu phiên bản" }).click();
    await expect(page.getByTestId("draft-status")).toContainText("Phiên bản 1");
    await expect(page.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");

    const downloads = page.getByRole("region", { name: "Tải phiên bản 1" });
    await downloads.getByRole("button", { name: "Tải Word" }).click();
    const ask = downloads.getByRole("alertdialog");
    await expect(ask).toContainText(`"${headingText}"`);
    await expect(ask).toContainText("chưa có nội dung");
    await shot(page, "editor-empty-section-ask");
    await ask.getByRole("button", { name: "Hủy" }).click();
    await expect(ask).toHaveCount(0);
    await downloads.getByRole("button", { name: "Tải Word" }).click();
    const download = page.waitForEvent("download");
    await ask.getByRole("link", { name: "Vẫn tải" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Báo cáo tình hình kinh tế - xã hội 9 tháng .*2024 - phiên bản 1\.docx$/);
    // THAT version: the heading is there, the sentence removed from it is not (the data still gives it)
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(await file.path()))
    )
      .file("word/document.xml")!
      .async("string");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .replace(/&amp;/g, "&");
    expect(text).toContain(headingText);
    expect(removed.trim().length).toBeGreaterThan(20);
    expect(text).not.toContain(removed.replace(/\s+/g, " ").trim());

    // unsaved changes: both files ask, since they hold the saved version only
    const grdp = page.locator('[data-block="i:grdp"]');
    await grdp.focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Chưa lưu.");
    await downloads.getByRole("button", { name: "Tải Excel" }).click();
    await expect(downloads.getByRole("alertdialog")).toContainText(
      "Có thay đổi chưa lưu: tệp tải về là phiên bản 1 đã lưu",
    );
    await downloads.getByRole("alertdialog").getByRole("button", { name: "Hủy" }).click();

    page.on("dialog", (d) => d.accept());
    await page.goto("/draft?year=2024&period=9T");
    const listed = page
      .getByRole("region", { name: /9 tháng/ })
      .getByTestId("version-list")
      .locator('[data-version="1"]');
    await expect(listed).toContainText("Bỏ trống mục 3.5");
    await expect(listed).toContainText("mục trống");
    await listed.getByRole("button", { name: "Tải Word" }).click();
    await expect(listed.getByRole("alertdialog")).toContainText(`"${headingText}"`);
    const again = page.waitForEvent("download");
    await listed.getByRole("alertdialog").getByRole("link", { name: "Vẫn tải" }).click();
    expect((await again).suggestedFilename()).toMatch(/ - phiên bản 1\.docx$/);
    await expect(listed.getByRole("link", { name: "Tải Excel" })).toHaveAttribute("href", /format=xlsx&version=\d+/);
  });

  test("a leader marks a version final; a value changed later shows as a difference and a flag", async ({
    page,
    browser,
  }) => {
    await login(page, "tonghop");
    await openEditor(page, "/draft/2024/N?counting=all");
    await expect(chip(page, "i:mt.chat_thai_ran")).toBeVisible();
    await page.getByRole("button", { name: "Lưu phiên bản" }).click();
    await expect(page.getByTestId("draft-status")).toContainText("Phiên bản 1");

    const leader = await (await browser.newContext()).newPage();
    await login(leader, "lanhdao");
    await openEditor(leader, "/draft/2024/N");
    await expect(leader.getByRole("button", { name: "Lưu phiên bản" })).toHaveCount(0);
    await expect(leader.locator('[data-block="i:mt.chat_thai_ran"]')).toHaveAttribute("contenteditable", "false");
    await leader.getByRole("button", { name: "Chốt phiên bản 1" }).click();
    await leader.getByRole("button", { name: "Xác nhận chốt" }).click();
    await expect(leader.getByTestId("draft-status")).toContainText("đã chốt");
    await expect(leader.getByRole("heading", { name: "Khác biệt so với bản chốt (phiên bản 1)" })).toBeVisible();
    await expect(leader.locator('[data-testid="final-diff"] [data-indicator="mt.chat_thai_ran"]')).toHaveCount(0);
    const before = (await chip(leader, "i:mt.chat_thai_ran").textContent())!;

    const officer = await (await browser.newContext()).newPage();
    await login(officer, "stnmt.canbo");
    const month = await (await officer.request.get("/api/v1/submissions/stnmt/2024/12")).json();
    const row = month.values.find(
      (v: { indicator: string; period: string }) => v.indicator === "mt.chat_thai_ran" && v.period === "T12",
    );
    const put = await officer.request.put("/api/v1/submissions/stnmt/2024/12/values", {
      data: {
        values: [{ indicator: "mt.chat_thai_ran", value: row.value - 7.5, status: "estimate", version: row.version }],
      },
    });
    expect(put.status()).toBe(200);

    await leader.reload();
    const diff = leader.locator('[data-testid="final-diff"] [data-indicator="mt.chat_thai_ran"]').first();
    await expect(diff).toContainText("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý");
    await expect(diff).toContainText(`Bản chốt: ${before}`);
    await expect(diff).not.toContainText(`Hiện nay: ${before}`);
    await shot(leader, "final-diff-desktop");
    const axe = await new AxeBuilder({ page: leader }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.length}`),
    ).toEqual([]);
    await leader.setViewportSize({ width: 375, height: 800 });
    await shot(leader, "final-diff-375");
    await leader.goto("/draft?year=2024&period=N");
    await shot(leader, "draft-list-375");
    await leader.setViewportSize({ width: 1280, height: 800 });
    await shot(leader, "draft-list-desktop");

    await page.reload();
    await expect(page.getByTestId("draft-editor")).toHaveAttribute("data-ready", "true");
    await expect(chip(page, "i:mt.chat_thai_ran")).toHaveAttribute("data-flag", "data-changed");
    await expect(page.getByTestId("flag-list")).toContainText("Số liệu đã thay đổi");
    await leader.context().close();
    await officer.context().close();
  });

  test("department users are refused the draft pages", async ({ page }) => {
    await login(page, "stnmt.canbo");
    for (const path of ["/draft", "/draft/2024/N"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/forbidden/);
    }
  });
});
