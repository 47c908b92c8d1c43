import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// the app's own process-wide connection, on a database of this test
process.env.DATABASE_URL = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-sign-in-")), "app.db")}`;

import type { CredentialsConfig } from "next-auth/providers/credentials";
import { getConnection } from "@/db/client";
import { users } from "@/db/schema";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { LOGIN_UNAVAILABLE } from "@/lib/auth/sign-in";
import { log } from "@/lib/ops/log";

/**
 * Sign-in on a database that can be read but not written (a read-only file, here `query_only`:
 * SQLITE_READONLY). The password check reads; recording the login writes and fails. The login
 * form shows next-auth's error message as it is, so it must be Vietnamese, never SQLite's.
 */
const { sqlite, db } = getConnection();
const authorize = (username: string, password: string) =>
  (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options.authorize({ username, password }, {
    headers: { "x-forwarded-for": "198.51.100.7" },
  } as never);

beforeAll(() => {
  db.insert(users)
    .values({ username: "dangnhap", fullName: "Đăng Nhập", role: "admin", passwordHash: hashPassword("MatKhau2024") })
    .run();
});

afterEach(() => {
  sqlite.pragma("query_only = OFF");
  vi.restoreAllMocks();
});

describe("sign-in when the database cannot be written", () => {
  it("signs in on a writable database", async () => {
    expect(await authorize("dangnhap", "MatKhau2024")).toEqual({ id: expect.any(String), sessionVersion: 0 });
  });

  it.each([
    ["the right password", "MatKhau2024"],
    ["a wrong password", "sai-mat-khau"],
  ])("with %s: the usual Vietnamese message, SQLite's detail in the log", async (_, password) => {
    sqlite.pragma("query_only = ON");
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const attempt = authorize("dangnhap", password);
    await expect(attempt).rejects.toThrow(LOGIN_UNAVAILABLE);
    await expect(attempt).rejects.not.toThrow(/readonly|SQLITE|database/i);
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ code: "SQLITE_READONLY", username: "dangnhap", err: expect.any(Error) }),
      "sign-in failed: server fault",
    );
    expect(JSON.stringify(logged.mock.calls)).not.toContain(password);
  });

  it("a database that cannot even be read gets the same message", async () => {
    const failing = vi.spyOn(db, "select").mockImplementation(() => {
      throw Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR" });
    });
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    await expect(authorize("dangnhap", "MatKhau2024")).rejects.toThrow(LOGIN_UNAVAILABLE);
    expect(failing).toHaveBeenCalled();
  });
});
