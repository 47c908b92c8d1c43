import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./fixtures";
import { ensureUser } from "./hardening-fixtures";

test.describe("[AUTH] login", () => {
  test("the login page is in Vietnamese", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel("Tên đăng nhập")).toBeVisible();
    await expect(page.getByLabel("Mật khẩu")).toBeVisible();
    await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  });

  test("empty fields get a message naming the field", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Vui lòng nhập tên đăng nhập")).toBeVisible();
    await expect(page.getByText("Vui lòng nhập mật khẩu")).toBeVisible();
  });

  test("a wrong username and a wrong password get the same message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill("khong.co.ai");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    const error = page.locator("#login-error");
    await expect(error).toBeVisible();
    const unknownUser = await error.textContent();
    await page.getByLabel("Tên đăng nhập").fill("sgddt.canbo");
    await page.getByLabel("Mật khẩu").fill("SaiMatKhau123");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
    await expect(error).toHaveText(unknownUser!);
    expect(unknownUser).toContain("Tên đăng nhập hoặc mật khẩu không đúng");
  });

  test("repeated failures from one browser make its next attempts wait, even with the right password; an admin unlocks", async ({
    page,
    browser,
  }) => {
    // 7 s of waits, two browsers and the admin pages: generous on a busy machine
    test.setTimeout(180_000);
    // a user of its own: the waits are this user's from this address, other specs sign in from it too
    ensureUser("hzthrottle.ui", "officer", "syt");
    await page.goto("/login");
    const button = page.getByRole("button", { name: "Đăng nhập" });
    /** One sign-in through the form: the message it shows. */
    const signIn = async (password: string) => {
      await page.getByLabel("Tên đăng nhập").fill("hzthrottle.ui");
      await page.getByLabel("Mật khẩu").fill(password);
      const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
      await button.click();
      await answered;
      await expect(button).toBeEnabled();
      return (await page.locator("#login-error").textContent()) ?? "";
    };
    // five failures are free, then each one doubles the wait (1 s, 2 s, 4 s): wait them out to fail 8 times
    let failures = 0;
    let throttled = 0;
    while (failures < 8) {
      const message = await signIn(`Sai${failures}matkhau`);
      const wait = /Vui lòng thử lại sau (\d+) giây/.exec(message);
      if (wait) {
        throttled += 1;
        await page.waitForTimeout(Number(wait[1]) * 1000 + 200);
      } else {
        expect(message).toContain("Tên đăng nhập hoặc mật khẩu không đúng");
        failures += 1;
      }
    }
    expect(throttled, "a wrong password right after the 5th and later failures waits").toBeGreaterThan(0);
    // the 8th failure makes the next attempt wait 8 s: the right password is refused unchecked
    expect(await signIn(DEMO_PASSWORD)).toMatch(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau [5-8] giây\.$/);
    await expect(page).toHaveURL(/\/login/);

    const admin = await browser.newPage();
    await admin.goto("/login");
    await admin.getByLabel("Tên đăng nhập").fill("admin");
    await admin.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await admin.getByRole("button", { name: "Đăng nhập" }).click();
    // the admin's home is /admin/users: its first render can take long on a busy machine
    await expect(admin).toHaveURL(/\/admin\/users/, { timeout: 45_000 });
    const row = admin.locator('[data-username="hzthrottle.ui"]');
    await expect(row).toContainText("Đăng nhập bị hạn chế (8 lần sai)");
    await row.getByRole("button", { name: "Mở khóa đăng nhập hzthrottle.ui" }).click();
    await expect(row).not.toContainText("Đăng nhập bị hạn chế");
    await admin.goto("/admin/audit");
    await expect(admin.locator('[data-action="user_unlock_login"]').first()).toBeVisible();

    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await button.click();
    await expect(page).not.toHaveURL(/\/login/, { timeout: 45_000 });
  });

  test("signing out ends the session", async ({ page }) => {
    test.setTimeout(120_000);
    // a user of its own: signing out ends every session of the user, in other specs too
    ensureUser("hzsignout.ui", "leader");
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill("hzsignout.ui");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    // a leader's home is the dashboard: its first render can take long on a busy machine
    await expect(page).toHaveURL(/\/dashboard/, { timeout: 45_000 });
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login/, { timeout: 30_000 });
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("[AUTH] disabled users", () => {
  test("a disabled user loses access on the next request", async ({ browser }) => {
    const officer = await browser.newPage();
    await login(officer, "skhcn.canbo");
    await officer.goto("/indicators");
    await expect(officer.getByRole("heading", { name: /Chỉ tiêu của đơn vị/ })).toBeVisible();

    const admin = await browser.newPage();
    await login(admin, "admin");
    await admin.goto("/admin/users");
    await admin.getByRole("button", { name: "Vô hiệu hóa skhcn.canbo" }).click();
    await expect(admin.locator('[data-username="skhcn.canbo"]')).toContainText("Đã vô hiệu hóa");

    await officer.goto("/indicators");
    await expect(officer).toHaveURL(/\/login/);
    const api = await officer.request.get("/api/v1/indicators?year=2024");
    expect(api.status()).toBe(401);

    await admin.getByRole("button", { name: "Kích hoạt skhcn.canbo" }).click();
    await expect(admin.locator('[data-username="skhcn.canbo"]')).toContainText("Đang hoạt động");
  });
});
