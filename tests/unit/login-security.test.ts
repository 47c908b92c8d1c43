import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { checkCredentials, LOGIN_FAILED, LOGIN_THROTTLED } from "@/lib/auth/credentials";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { THROTTLE } from "@/lib/auth/throttle";

function database() {
  const { db, sqlite } = openDatabase(":memory:");
  migrateDatabase(db);
  const hash = hashPassword("MatKhau2024");
  for (const username of ["an", "binh", "chi"])
    db.insert(users).values({ username, fullName: username, role: "officer", passwordHash: hash }).run();
  return { db, sqlite };
}

describe("login: throttling per user and per address, audit, password policy", () => {
  it("locks a username after its failures, even with the right password, and from another address", () => {
    const { db } = database();
    for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++)
      expect(checkCredentials(db, { username: "an", password: "sai", ip: `10.0.0.${i}` })).toEqual({
        ok: false,
        error: LOGIN_FAILED,
      });
    expect(checkCredentials(db, { username: "an", password: "MatKhau2024", ip: "10.0.1.1" })).toEqual({
      ok: false,
      error: LOGIN_THROTTLED,
    });
    expect(checkCredentials(db, { username: "binh", password: "MatKhau2024", ip: "10.0.1.1" }).ok).toBe(true);
  });

  it("locks an address that guesses across many usernames, but not other addresses", () => {
    const { db } = database();
    for (let i = 0; i < THROTTLE.maxFailuresPerIp; i++)
      checkCredentials(db, { username: `khong-co-${i}`, password: "sai", ip: "203.0.113.9" });
    expect(checkCredentials(db, { username: "chi", password: "MatKhau2024", ip: "203.0.113.9" })).toEqual({
      ok: false,
      error: LOGIN_THROTTLED,
    });
    expect(checkCredentials(db, { username: "chi", password: "MatKhau2024", ip: "203.0.113.10" }).ok).toBe(true);
  });

  it("audits every login and every failed login with the address", () => {
    const { db, sqlite } = database();
    checkCredentials(db, { username: "an", password: "sai", ip: "198.51.100.1" });
    checkCredentials(db, { username: "an", password: "MatKhau2024", ip: "198.51.100.1" });
    const rows = sqlite.prepare("select action, entity_id as entityId, after from audit_log order by id").all();
    expect(rows).toEqual([
      { action: "login_failed", entityId: "an", after: JSON.stringify({ ip: "198.51.100.1" }) },
      { action: "login", entityId: expect.any(String), after: JSON.stringify({ ip: "198.51.100.1" }) },
    ]);
  });

  it.each([
    ["short1", "Mật khẩu phải có ít nhất 8 ký tự"],
    ["chiconchu", "Mật khẩu phải có cả chữ và số"],
    ["12345678", "Mật khẩu phải có cả chữ và số"],
    ["MatKhau2024", null],
  ])("password policy: %s", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});
