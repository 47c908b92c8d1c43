import { expect, test } from "@playwright/test";
import { OFF_SITE_REDIRECTS } from "../tests/corpus/bad-input";
import { DEMO_PASSWORD } from "./fixtures";
import { apiSession } from "./hardening-fixtures";

/**
 * After a correct sign-in the browser stays on the site, whatever `callbackUrl` says (issue
 * 15, defect 1): the two addresses of the probe, signed in through the login form, and the
 * whole corpus through next-auth's own callback (lib/auth/safe-redirect.ts).
 */
test.describe("[AUTH] sign-in never redirects off the site", () => {
  for (const target of ["/%5Cevil.example/phish", "/%09/evil.example/phish"]) {
    test(`callbackUrl=${target} lands on the app's own origin`, async ({ page, baseURL }) => {
      const offSite: string[] = [];
      // nothing leaves the machine: a request to the phishing host is recorded and refused
      await page.route(
        (url) => url.hostname.endsWith("evil.example"),
        async (route) => {
          offSite.push(route.request().url());
          await route.abort();
        },
      );
      await page.goto(`/login?callbackUrl=${target}`);
      await page.getByLabel("Tên đăng nhập").fill("lanhdao");
      await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page).toHaveURL(/\/dashboard/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(offSite).toEqual([]);
    });
  }

  test("next-auth's callback answers every off-site target of the corpus with the site's home page", async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const context = await apiSession(baseURL!, null);
    const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
    const signIn = async (callbackUrl: string) => {
      const answer = await context.post("/api/auth/callback/credentials", {
        form: { csrfToken, username: "lanhdao", password: DEMO_PASSWORD, callbackUrl, json: "true" },
      });
      expect(answer.status(), JSON.stringify(callbackUrl)).toBe(200);
      return new URL((await answer.json()).url as string);
    };
    // next-auth's own origin (NEXTAUTH_URL, else its default): a path of the site is kept on it
    const site = await signIn("/dashboard?year=2024");
    expect(`${site.pathname}${site.search}`).toBe("/dashboard?year=2024");
    for (const callbackUrl of OFF_SITE_REDIRECTS.filter(Boolean).slice(0, 30)) {
      expect((await signIn(callbackUrl)).href, JSON.stringify(callbackUrl)).toBe(`${site.origin}/`);
    }
    await context.dispose();
  });
});
