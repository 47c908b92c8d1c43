import { defineConfig } from "@playwright/test";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** System Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH); Playwright's own browser only when there is none. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => fs.existsSync(p));
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// A fresh temporary database for every run (kept for the run's lifetime in the OS temp dir).
const dbDir = process.env.E2E_DB_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-e2e-"));
process.env.E2E_DB_DIR = dbDir;
// The server's session secret, shared with the specs that check session expiry (hardening-security).
const authSecret = (process.env.E2E_AUTH_SECRET ??= crypto.randomBytes(48).toString("base64url"));

export default defineConfig({
  testDir: "./e2e",
  // The house style is the whole province's: its spec changes how every sentence is written,
  // so it runs alone after every other spec (and restores Lạng Sơn's style)
  projects: [
    { name: "app", testIgnore: /admin-house-style\.spec\.ts/ },
    { name: "house-style", testMatch: /admin-house-style\.spec\.ts/, dependencies: ["app"] },
  ],
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node scripts/start.mjs",
    url: `${BASE_URL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${path.join(dbDir, "e2e.db")}`,
      AUTH_SECRET: authSecret,
    },
  },
});
