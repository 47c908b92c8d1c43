import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";
import { ensureUser } from "./hardening-fixtures";

/**
 * A session ends for good (issue 15, defect 5): after signing out, an admin's password reset
 * or disabling, a copy of the old session cookie reads neither the API (401) nor a page (the
 * login screen), even once the account is enabled again. Each test has a user of its own:
 * ending a user's sessions ends them in every other spec too.
 */

/** Signs in through the login form; the first render of a role's home page can take long on a busy machine. */
async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

/** The signed-in page's session cookie, as someone who copied it would keep it. */
async function copiedCookie(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token");
  expect(cookie?.value).toBeTruthy();
  return cookie!;
}

/** What the copied cookie still gets: the API's status and where a page leaves the browser. */
async function withCopiedCookie(browser: Browser, cookie: Awaited<ReturnType<typeof copiedCookie>>) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await context.addCookies([cookie]);
  const api = (await context.request.get("/api/v1/indicators?year=2024")).status();
  const page = await context.newPage();
  await page.goto("/indicators");
  const path = new URL(page.url()).pathname;
  await context.close();
  return { api, path };
}

async function adminUsersPage(browser: Browser) {
  const admin = await browser.newPage();
  await login(admin, "admin");
  await admin.goto("/admin/users");
  return admin;
}

test.describe("[AUTH] sessions end on sign-out, password reset and disabling", () => {
  // two browsers and the admin pages each: generous on a busy machine
  test.describe.configure({ timeout: 120_000 });

  test("a copied cookie is worthless after signing out", async ({ browser }) => {
    ensureUser("hzsess.out", "officer", "sct");
    const page = await browser.newPage();
    await login(page, "hzsess.out");
    const cookie = await copiedCookie(page);
    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 200, path: "/indicators" });

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 401, path: "/login" });
  });

  test("a copied cookie is worthless after an admin resets the password", async ({ browser }) => {
    ensureUser("hzsess.reset", "officer", "sct");
    const page = await browser.newPage();
    await login(page, "hzsess.reset");
    const cookie = await copiedCookie(page);

    const admin = await adminUsersPage(browser);
    await admin.locator('[data-username="hzsess.reset"]').getByRole("button", { name: "Sửa hzsess.reset" }).click();
    const form = admin.getByRole("form", { name: "Đặt lại mật khẩu hzsess.reset" });
    await form.getByLabel("Mật khẩu mới").fill("MatKhauMoi2025");
    await form.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
    await expect(form.getByRole("status")).toHaveText("Đã đặt mật khẩu mới");

    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 401, path: "/login" });
    // the user's own browser is signed out too, and signs in with the new password
    await page.goto("/indicators");
    await expect(page).toHaveURL(/\/login/);
    await login(page, "hzsess.reset", "MatKhauMoi2025");
    expect((await page.request.get("/api/v1/indicators?year=2024")).status()).toBe(200);
  });

  test("a copied cookie is worthless after disabling, and stays so when the account is enabled again", async ({
    browser,
  }) => {
    ensureUser("hzsess.off", "officer", "sct");
    const page = await browser.newPage();
    await login(page, "hzsess.off");
    const cookie = await copiedCookie(page);

    const admin = await adminUsersPage(browser);
    const row = admin.locator('[data-username="hzsess.off"]');
    await admin.getByRole("button", { name: "Vô hiệu hóa hzsess.off" }).click();
    await expect(row).toContainText("Đã vô hiệu hóa");
    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 401, path: "/login" });

    await admin.getByRole("button", { name: "Kích hoạt hzsess.off" }).click();
    await expect(row).toContainText("Đang hoạt động");
    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 401, path: "/login" });
    await login(page, "hzsess.off");
    expect((await page.request.get("/api/v1/indicators?year=2024")).status()).toBe(200);
  });
});
