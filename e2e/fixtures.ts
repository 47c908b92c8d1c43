import { expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import path from "node:path";

/** The demo accounts' password (README). */
export const DEMO_PASSWORD = "LangSon@2024";

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Runs the operator CLI against the e2e database (the one the test server uses). */
export function cli(...args: string[]): string {
  const root = path.resolve(__dirname, "..");
  return execFileSync(path.join(root, "node_modules", ".bin", "tsx"), ["cli/index.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${path.join(process.env.E2E_DB_DIR!, "e2e.db")}` },
    encoding: "utf8",
  }).trim();
}
