import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import fs from "node:fs";
import JSZip from "jszip";
import { login } from "./fixtures";

const EXPORT = "/api/v1/reports/2023/6T/export";

test("[EXPORT] a planner downloads the báo cáo (Word) and the biểu tổng hợp (Excel) of the period chosen on the summary page", async ({
  page,
}) => {
  await login(page, "tonghop");
  await page.goto("/summary");
  const filters = page.getByRole("form", { name: "Bộ lọc báo cáo" });
  await filters.locator('select[name="year"]').selectOption("2023");
  await filters.locator('select[name="period"]').selectOption("6T");
  await filters.locator('select[name="counting"]').selectOption("approved");
  await filters.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/year=2023/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("6 tháng đầu năm 2023");
  await page.screenshot({ path: test.info().outputPath("summary-desktop.png") });

  // the Word file here is the draft generated from the data, labelled and named so; saved versions are on the draft page
  const word = page.getByRole("link", { name: "Tải Word (bản tạo từ số liệu)" });
  await expect(word).toHaveAttribute("href", "/api/v1/reports/2023/6T/export?format=docx&counting=approved");
  await expect(page.getByRole("link", { name: "Tải phiên bản đã lưu" })).toHaveAttribute(
    "href",
    "/draft?year=2023&period=6T&counting=approved",
  );
  const docxDownload = page.waitForEvent("download");
  await word.click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe(
    "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2023 (bản tạo từ số liệu).docx",
  );
  const zip = await JSZip.loadAsync(fs.readFileSync(await docx.path()));
  const xml = await zip.file("word/document.xml")!.async("string");
  for (const text of [
    "TỈNH LẠNG SƠN",
    "Số: …/BC-UBND",
    "BÁO CÁO",
    "Tình hình kinh tế - xã hội 6 tháng đầu năm 2023",
    "2.285 triệu USD",
    "TM. ỦY BAN NHÂN DÂN",
    "Nơi nhận:",
  ]) {
    expect(xml).toContain(text);
  }

  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải Excel (.xlsx)" }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe("Biểu tổng hợp các chỉ tiêu chủ yếu 6 tháng đầu năm 2023.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet("Biểu tổng hợp")!;
  expect(sheet.getCell("A2").value).toBe("BIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2023");
  let knxnk = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === "Tổng kim ngạch xuất nhập khẩu qua địa bàn") knxnk = n;
  });
  expect(sheet.getRow(knxnk).getCell(5).value).toBe(2285);
});

test("[EXPORT] the API answers the file types, the number and date asked for, and refuses bad parameters", async ({
  page,
}) => {
  await login(page, "lanhdao");
  const docx = await page.request.get(`${EXPORT}?format=docx&number=45%2FBC-UBND&date=2023-07-05`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  expect(docx.headers()["content-disposition"]).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o");
  expect(docx.headers()["content-disposition"]).toContain(
    'filename="bao-cao-tinh-hinh-kinh-te-xa-hoi-6-thang-dau-nam-2023-ban-tao-tu-so-lieu.docx"',
  );
  const xml = await (await JSZip.loadAsync(await docx.body())).file("word/document.xml")!.async("string");
  expect(xml).toContain("Số: 45/BC-UBND");
  expect(xml).toContain("Lạng Sơn, ngày 05 tháng 7 năm 2023");
  // a saved version that does not exist (saved versions are exported in the draft editor's spec)
  expect((await page.request.get(`${EXPORT}?format=docx&version=999999`)).status()).toBe(404);
  expect((await page.request.get(`${EXPORT}?format=docx&version=..%2Fx`)).status()).toBe(422);
  const xlsx = await page.request.get(`${EXPORT}?format=xlsx`);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const bad = await page.request.get(`${EXPORT}?format=pdf`);
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error).toBe("format phải là docx hoặc xlsx");
  expect((await page.request.get("/api/v1/reports/2023/7T/export?format=docx")).status()).toBe(422);
});

test("[EXPORT] a department's officer and head are refused, and so is anyone signed out", async ({ page, request }) => {
  expect((await request.get(`${EXPORT}?format=docx`)).status()).toBe(401);
  for (const user of ["sct.canbo", "sct.lanhdao"]) {
    await login(page, user);
    for (const format of ["docx", "xlsx"]) {
      const refused = await page.request.get(`${EXPORT}?format=${format}`);
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error).toBe("Không có quyền thực hiện thao tác này");
    }
    await page.context().clearCookies();
  }
});

test("[EXPORT] the download links fit a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await login(page, "tonghop");
  await page.goto("/summary?year=2024&period=9T");
  const links = page.getByRole("navigation", { name: "Tải báo cáo" });
  await expect(links.getByRole("link", { name: "Tải Word (bản tạo từ số liệu)" })).toBeVisible();
  await expect(links.getByRole("link", { name: "Tải Excel (.xlsx)" })).toBeVisible();
  const box = await links.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath("summary-375.png"), fullPage: false });
});
