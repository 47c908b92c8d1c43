import { chromium } from "@playwright/test";
const base = process.env.BASE;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const [user, width, full, ...rest] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, locale: "vi-VN" });
const page = await ctx.newPage();
await page.goto(base + "/login");
await page.getByLabel("Tên đăng nhập").fill(user);
await page.getByLabel("Mật khẩu").fill("LangSon@2024");
await page.getByRole("button", { name: "Đăng nhập" }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/login"));
for (let i = 0; i < rest.length; i += 2) {
  await page.goto(base + rest[i]);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/${rest[i + 1]}.png`, fullPage: full === "full" });
}
await browser.close();
