import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";
import { apiSession, ensureUser } from "./hardening-fixtures";

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
  await expect(page).not.toHaveURL(/\/login/, { timeout: 45_000 });
}

type SessionCookie = Awaited<ReturnType<BrowserContext["cookies"]>>[number];

/** The session cookie of a browser or a request context, as someone who copied it would keep it. */
async function copiedCookie(from: BrowserContext | APIRequestContext): Promise<SessionCookie> {
  const cookies = "newPage" in from ? await from.cookies() : (await from.storageState()).cookies;
  const cookie = cookies.find((c) => c.name === "next-auth.session-token");
  expect(cookie?.value).toBeTruthy();
  return cookie!;
}

/** What the copied cookie still gets: the API's status and where a page leaves the browser. */
async function withCopiedCookie(browser: Browser, cookie: SessionCookie) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await context.addCookies([cookie]);
  const api = (await context.request.get("/api/v1/indicators?year=2024")).status();
  const page = await context.newPage();
  await page.goto("/indicators", { timeout: 30_000 });
  const path = new URL(page.url()).pathname;
  await context.close();
  return { api, path };
}

/** The admin's home, where users are managed. */
async function adminUsersPage(browser: Browser) {
  const admin = await browser.newPage();
  await login(admin, "admin");
  await expect(admin).toHaveURL(/\/admin\/users/, { timeout: 45_000 });
  return admin;
}

test.describe("[AUTH] sessions end on sign-out, password reset and disabling", () => {
  // a browser or two and the admin's page each: generous on a busy machine
  test.describe.configure({ timeout: 150_000 });

  test("a copied cookie is worthless after signing out", async ({ browser }) => {
    ensureUser("hzsess.out", "officer", "sct");
    const page = await browser.newPage();
    await login(page, "hzsess.out");
    const cookie = await copiedCookie(page.context());
    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 200, path: "/indicators" });

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login/, { timeout: 30_000 });
    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 401, path: "/login" });
  });

  test("a copied cookie is worthless after an admin resets the password", async ({ browser, baseURL }) => {
    ensureUser("hzsess.reset", "officer", "sct");
    const user = await apiSession(baseURL!, "hzsess.reset");
    const cookie = await copiedCookie(user);
    expect((await user.get("/api/v1/indicators?year=2024")).status()).toBe(200);

    const admin = await adminUsersPage(browser);
    await admin.locator('[data-username="hzsess.reset"]').getByRole("button", { name: "Sửa hzsess.reset" }).click();
    const form = admin.getByRole("form", { name: "Đặt lại mật khẩu hzsess.reset" });
    await form.getByLabel("Mật khẩu mới").fill("MatKhauMoi2025");
    await form.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
    await expect(form.getByRole("status")).toHaveText("Đã đặt mật khẩu mới", { timeout: 30_000 });

    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 401, path: "/login" });
    // the user's own client is signed out too, and signs in with the new password
    expect((await user.get("/api/v1/indicators?year=2024")).status()).toBe(401);
    await user.dispose();
    const again = await apiSession(baseURL!, "hzsess.reset", "MatKhauMoi2025");
    expect((await again.get("/api/v1/indicators?year=2024")).status()).toBe(200);
    await again.dispose();
  });

  test("a copied cookie is worthless after disabling, and stays so when the account is enabled again", async ({
    browser,
    baseURL,
  }) => {
    ensureUser("hzsess.off", "officer", "sct");
    const user = await apiSession(baseURL!, "hzsess.off");
    const cookie = await copiedCookie(user);
    await user.dispose();

    const admin = await adminUsersPage(browser);
    const row = admin.locator('[data-username="hzsess.off"]');
    await admin.getByRole("button", { name: "Vô hiệu hóa hzsess.off" }).click();
    await expect(row).toContainText("Đã vô hiệu hóa", { timeout: 30_000 });
    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 401, path: "/login" });

    await admin.getByRole("button", { name: "Kích hoạt hzsess.off" }).click();
    await expect(row).toContainText("Đang hoạt động", { timeout: 30_000 });
    expect(await withCopiedCookie(browser, cookie)).toEqual({ api: 401, path: "/login" });
    const again = await apiSession(baseURL!, "hzsess.off");
    expect((await again.get("/api/v1/indicators?year=2024")).status()).toBe(200);
    await again.dispose();
  });
});
