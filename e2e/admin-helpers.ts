import ExcelJS from "exceljs";
import type { Browser, Page } from "@playwright/test";
import { cli, login } from "./fixtures";

export const E2E_PASSWORD = "KiemThu2025x";

/** A page signed in as the user. */
export async function as(browser: Browser, username: string, password?: string): Promise<Page> {
  const page = await browser.newPage();
  await login(page, username, password);
  return page;
}

/** A fresh account of this spec (so specs never share accounts). */
export function makeUser(username: string, role: string, department?: string): string {
  cli(
    "user:create",
    "--username",
    username,
    "--name",
    `Kiểm thử ${username}`,
    "--role",
    role,
    ...(department ? ["--department", department] : []),
    "--password",
    E2E_PASSWORD,
  );
  return username;
}

/** An .xlsx laid out as an HĐND resolution annex: STT, Chỉ tiêu, ĐVT, Kế hoạch, Đơn vị chủ trì, Mã chỉ tiêu, Nguồn. */
export async function annexWorkbook(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  sheet.getCell(1, 1).value = "PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025";
  sheet.getRow(3).values = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Đơn vị chủ trì", "Mã chỉ tiêu", "Nguồn"];
  rows.forEach((r, i) => (sheet.getRow(4 + i).values = r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
