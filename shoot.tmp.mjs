import { chromium } from "@playwright/test";
const base = process.env.BASE;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
async function shot(user, pages, width = 1280) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: "vi-VN" });
  const page = await ctx.newPage();
  await page.goto(base + "/login");
  await page.getByLabel("Tên đăng nhập").fill(user);
  await page.getByLabel("Mật khẩu").fill("LangSon@2024");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  for (const [path, name] of pages) {
    await page.goto(base + path);
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  }
  await ctx.close();
}
const [user, width, ...rest] = process.argv.slice(2);
const pages = [];
for (let i = 0; i < rest.length; i += 2) pages.push([rest[i], rest[i + 1]]);
await shot(user, pages, Number(width));
await browser.close();
