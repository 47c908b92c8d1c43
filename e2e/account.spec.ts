import AxeBuilder from "@axe-core/playwright";
import { expect, request, test, type Browser, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { DEMO_PASSWORD } from "./fixtures";
import { apiSession, createToken, e2eDatabase, ensureUser } from "./hardening-fixtures";

/**
 * /account (issue 16, point 9): every signed-in user sees who they are here and their sessions,
 * changes their own password (the current one required, the admin's policy), and ends their
 * other sessions; the device that asked stays signed in. Each test has a user of its own:
 * changing a password ends that user's sessions everywhere.
 */

const NEW_PASSWORD = "MatKhauMoi2025";

async function signIn(browser: Browser, username: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 45_000 });
  return page;
}

/** Where a page of the app leaves this browser: still signed in, or at the login screen. */
async function landing(page: Page): Promise<string> {
  await page.goto("/indicators", { timeout: 30_000 });
  return new URL(page.url()).pathname;
}

async function noSeriousAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
  ).toEqual([]);
}

test.describe("[ACCOUNT] one's own account", () => {
  test.describe.configure({ timeout: 180_000 });

  test("an officer changes the password: a wrong current one is refused on its field, the other browser is signed out, this one stays, the new password signs in", async ({
    browser,
  }) => {
    ensureUser("hzacct.pw", "officer", "sct");
    const other = await signIn(browser, "hzacct.pw");
    const page = await signIn(browser, "hzacct.pw");

    // reached from the header's name
    await page.getByRole("link", { name: /Kiểm thử hzacct\.pw · Cán bộ nhập liệu/ }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "Tài khoản của tôi" })).toBeVisible();
    await expect(page.getByTestId("account-role")).toHaveText("Cán bộ nhập liệu");
    await expect(page.getByTestId("account-department")).toHaveText("Sở Công Thương");
    await expect(page.getByTestId("current-session")).toContainText("Phiên này đăng nhập lúc");
    // the other browser's sign-in may still be open
    await expect(page.getByTestId("other-sessions").locator("li")).toHaveCount(1);
    await expect(page.getByTestId("forgot-password")).toContainText("Quên mật khẩu? Liên hệ quản trị viên");
    const form = page.getByRole("form", { name: "Đổi mật khẩu" });
    await expect(form).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
    await noSeriousAxeViolation(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: "test-results/account-1366.png", fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: "test-results/account-375.png", fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    // the wrong current password: a Vietnamese error on its field, nothing changed
    await form.getByLabel("Mật khẩu hiện tại").fill("KhongDung2024");
    await form.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
    await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(form.locator("#account-currentPassword-error")).toHaveText("Mật khẩu hiện tại không đúng", {
      timeout: 30_000,
    });
    await expect(form.getByLabel("Mật khẩu hiện tại")).toHaveAttribute("aria-invalid", "true");
    expect(await landing(other)).toBe("/indicators");
    await page.screenshot({ path: "test-results/account-wrong-password-1366.png", fullPage: true });

    // a weak new password: the admin's policy, checked before sending
    await form.getByLabel("Mật khẩu hiện tại").fill(DEMO_PASSWORD);
    await form.getByLabel("Mật khẩu mới", { exact: true }).fill("ngan1");
    await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(form.locator("#account-newPassword-error")).toHaveText("Mật khẩu phải có ít nhất 8 ký tự");

    await form.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
    await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(form.getByRole("status")).toContainText("Đã đổi mật khẩu", { timeout: 30_000 });

    // the other browser, signed in before, is out; this one stays and no longer lists it
    expect(await landing(other)).toBe("/login");
    await page.goto("/account");
    await expect(page.getByTestId("other-sessions")).toContainText("Không có");
    expect(await landing(page)).toBe("/indicators");

    // the old password no longer signs in, the new one does
    const db = e2eDatabase();
    const audit = db
      .prepare(
        "select count(*) as n from audit_log where action = 'account_password' and entity_id = (select id from users where username = ?)",
      )
      .get("hzacct.pw") as { n: number };
    db.close();
    expect(audit.n).toBe(1);
    const fresh = await signIn(browser, "hzacct.pw", NEW_PASSWORD);
    expect(await landing(fresh)).toBe("/indicators");
    await Promise.all([other, page, fresh].map((p) => p.context().close()));
  });

  test("the login page says a forgotten password is the admin's reset", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByTestId("forgot-password")).toHaveText(
      "Quên mật khẩu? Liên hệ quản trị hệ thống để được đặt lại, rồi đổi mật khẩu tại trang Tài khoản.",
    );
  });

  test("“Đăng xuất khỏi các thiết bị khác” signs the other browser out and keeps this one", async ({ browser }) => {
    ensureUser("hzacct.out", "leader");
    const other = await signIn(browser, "hzacct.out");
    const page = await signIn(browser, "hzacct.out");
    await page.goto("/account");
    await expect(page.getByTestId("account-department")).toHaveText("Không thuộc đơn vị (theo dõi toàn tỉnh)");
    const button = page.getByRole("button", { name: "Đăng xuất khỏi các thiết bị khác" });
    await expect(button).toBeEnabled({ timeout: 30_000 });
    await button.click();
    // asked once more, naming what happens
    const confirm = page.getByRole("group", { name: "Xác nhận đăng xuất khỏi các thiết bị khác" });
    await expect(confirm).toContainText("phải đăng nhập lại");
    await confirm.getByRole("button", { name: "Đồng ý đăng xuất các thiết bị khác" }).click();
    await expect(page.getByRole("region", { name: "Phiên đăng nhập" }).getByRole("status")).toContainText(
      "Đã đăng xuất khỏi các thiết bị khác",
      { timeout: 30_000 },
    );
    expect(await landing(other)).toBe("/login");
    expect(await landing(page)).toBe("/indicators");
    await Promise.all([other, page].map((p) => p.context().close()));
  });

  test("the API: a session changes its own password and keeps going; an API token is refused", async ({ baseURL }) => {
    ensureUser("hzacct.api", "planner");
    const session = await apiSession(baseURL!, "hzacct.api");
    const wrong = await session.put("/api/v1/account/password", {
      data: { currentPassword: "KhongDung2024", newPassword: NEW_PASSWORD },
    });
    expect(wrong.status()).toBe(422);
    expect((await wrong.json()).errors).toEqual({ currentPassword: "Mật khẩu hiện tại không đúng" });

    const token = createToken(`${process.env.E2E_DB_DIR}/e2e.db`, "hzacct.api");
    const context = await request.newContext({ baseURL });
    const byToken = await context.put("/api/v1/account/password", {
      headers: { authorization: `Bearer ${token}`, origin: baseURL! },
      data: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(byToken.status()).toBe(403);
    expect((await byToken.json()).error).toContain("không dùng mã truy cập API");
    await context.dispose();

    const changed = await session.put("/api/v1/account/password", {
      data: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed.status()).toBe(200);
    expect(changed.headers()["set-cookie"]).toContain("next-auth.session-token=");
    // the re-issued cookie keeps this client signed in
    expect((await session.get("/api/v1/indicators?year=2024")).status()).toBe(200);
    await session.dispose();
  });

  test("a session due for its idle refresh keeps going after ending the other sessions (the re-issued cookie wins over the refresh)", async ({
    baseURL,
  }) => {
    const id = ensureUser("hzacct.idle", "officer", "sct");
    const now = Math.floor(Date.now() / 1000);
    // a cookie last seen two minutes ago: the front door refreshes it on this very request, at the old version
    const value = await encode({
      token: { uid: id, sv: 0, loginAt: now - 300, lastSeen: now - 120 },
      secret: process.env.E2E_AUTH_SECRET!,
      maxAge: 8 * 3600,
    });
    const host = new URL(baseURL!).hostname;
    const context = await request.newContext({
      baseURL,
      extraHTTPHeaders: { origin: baseURL! },
      storageState: {
        cookies: [
          {
            name: "next-auth.session-token",
            value,
            domain: host,
            path: "/",
            expires: now + 3600,
            httpOnly: true,
            secure: false,
            sameSite: "Lax",
          },
        ],
        origins: [],
      },
    });
    expect((await context.post("/api/v1/account/sessions/end-others", { data: { confirm: true } })).status()).toBe(200);
    expect((await context.get("/api/v1/indicators?year=2024")).status()).toBe(200);
    // the cookie it had before is over
    const old = await request.newContext({ baseURL });
    const copied = await old.get("/api/v1/indicators?year=2024", {
      headers: { cookie: `next-auth.session-token=${value}` },
    });
    expect(copied.status()).toBe(401);
    await Promise.all([context.dispose(), old.dispose()]);
  });
});
