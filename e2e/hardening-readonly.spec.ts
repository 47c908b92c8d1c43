import { expect, test } from "@playwright/test";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LOGIN_UNAVAILABLE } from "../lib/auth/sign-in";
import { DEMO_PASSWORD } from "./fixtures";
import { e2eDatabase } from "./hardening-fixtures";
import { sparePort, startSpareServer, type SpareServerOptions } from "./hardening-server";

const ROOT = path.resolve(__dirname, "..");

/**
 * A read-only database (the disk remounted read-only, the file's owner or mode changed): every
 * read works, every write fails. /api/health must say so (503, db "not writable") rather than
 * ok, and the login form must give its Vietnamese message, never SQLite's "attempt to write a
 * readonly database" or "disk I/O error"; the detail goes to the log.
 *
 * The file is made read-only by its mode; root ignores modes, so as root the server runs as
 * `nobody` (who may read the checkout and write the directory, not the file).
 */
function readOnlyUser(): SpareServerOptions["user"] | null | "unreadable" {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "nobody"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "nobody"], { encoding: "utf8" }).trim());
  // the server reads the build and node_modules as that user
  const readable = spawnSync("test", ["-r", path.join(ROOT, ".next", "BUILD_ID")], { uid, gid }).status === 0;
  return readable ? { uid, gid } : "unreadable";
}

test("[HARDEN] a read-only database: health answers 503 not writable, sign-in says so in Vietnamese and logs the detail", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const user = readOnlyUser();
  if (user === "unreadable") {
    test.skip(true, "the checkout is not readable by nobody, so the server cannot run as another user");
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-readonly-"));
  fs.chmodSync(dir, 0o777);
  const file = path.join(dir, "app.db");
  const source = e2eDatabase();
  await source.backup(file);
  source.close();
  fs.chmodSync(file, 0o444);

  const server = await startSpareServer(file, sparePort(6), {}, { user: user ?? undefined, ready: "answering" });
  try {
    const started = Date.now();
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", db: "not writable", pendingMigrations: 0 });
    expect(Date.now() - started).toBeLessThan(1000);

    // the officer signs in through the form, as on any morning
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Tên đăng nhập").fill("sct.canbo");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    const alert = page.locator("form").getByRole("alert");
    await expect(alert).toHaveText(LOGIN_UNAVAILABLE);
    await expect(page).toHaveURL(/\/login/);
    await expect(alert).not.toContainText(/readonly|database|I\/O|SQLITE/i);

    await expect
      .poll(() =>
        server
          .output()
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l) as { msg: string; code?: string; reqId?: string }),
      )
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            msg: "sign-in failed: server fault",
            code: "SQLITE_READONLY",
            reqId: expect.any(String),
          }),
          // the file system says so first (EACCES here, EROFS on a read-only mount), else SQLite
          expect.objectContaining({
            msg: "database not writable",
            code: expect.stringMatching(/^(EACCES|EROFS|EPERM|SQLITE_READONLY)/),
          }),
        ]),
      );
  } finally {
    await server.stop();
  }
});
