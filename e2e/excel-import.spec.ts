import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { login } from "./fixtures";

const BASE = "/api/v1/submissions/sldtbxh/2024/12";

async function editTemplate(file: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  edit(workbook.getWorksheet("Số liệu")!);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-")), "filled.xlsx");
  await workbook.xlsx.writeFile(out);
  return out;
}

function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === code) found = n;
  });
  return found;
}

test("[EXCEL] an officer downloads the month's template, a bad row rejects the whole file, a good file is applied", async ({
  page,
}) => {
  await login(page, "sldtbxh.canbo");
  await page.goto("/entry/sldtbxh/2024/12");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải mẫu Excel" }).click();
  const template = await (await download).path();
  const before = await (await page.request.get(BASE)).json();

  const bad = await editTemplate(template, (sheet) => {
    sheet.getCell(rowOf(sheet, "xh.viec_lam"), 5).value = "1.250";
    sheet.getCell(rowOf(sheet, "xh.ho_ngheo"), 5).value = "1,234.5";
  });
  await page.locator('input[type="file"]').setInputFiles(bad);
  await page.getByRole("button", { name: "Nhập từ Excel" }).click();
  const result = page.getByTestId("import-result");
  await expect(result).toContainText("Tệp không được nhập");
  await expect(result).toContainText(/Trang "Số liệu", dòng \d+, cột E \(Giá trị\)/);
  expect((await (await page.request.get(BASE)).json()).values).toEqual(before.values);

  const good = await editTemplate(template, (sheet) => {
    sheet.getCell(rowOf(sheet, "xh.viec_lam"), 5).value = "1.251";
    sheet.getCell(rowOf(sheet, "xh.viec_lam"), 6).value = "chính thức";
  });
  await page.locator('input[type="file"]').setInputFiles(good);
  await page.getByRole("button", { name: "Nhập từ Excel" }).click();
  await expect(result).toContainText("Đã nhập");
  const after = await (await page.request.get(BASE)).json();
  expect(
    after.values.find(
      (v: { indicator: string; period: string }) => v.indicator === "xh.viec_lam" && v.period === "T12",
    ),
  ).toMatchObject({ value: 1251, status: "official" });
});

test("[EXCEL] another department's officer cannot download or upload", async ({ page }) => {
  await login(page, "sct.canbo");
  expect((await page.request.get(`${BASE}/template`)).status()).toBe(403);
  expect((await page.request.post(`${BASE}/import`, { data: Buffer.from("x") })).status()).toBe(403);
});
