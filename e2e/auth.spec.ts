import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./fixtures";

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

  test("repeated failures are throttled, even with the right password", async ({ page }) => {
    await page.goto("/login");
    for (let i = 0; i < 5; i += 1) {
      await page.getByLabel("Tên đăng nhập").fill("syt.lanhdao");
      await page.getByLabel("Mật khẩu").fill(`Sai${i}matkhau`);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.locator("#login-error")).toBeVisible();
      await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
    }
    await page.getByLabel("Tên đăng nhập").fill("syt.lanhdao");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("#login-error")).toContainText("Đăng nhập sai quá nhiều lần");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out ends the session", async ({ page }) => {
    await login(page, "lanhdao");
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login/);
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
