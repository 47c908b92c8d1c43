import { beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, departments, indicatorValues, users } from "@/db/schema";
import { isDatabaseEmpty, loadDemoProvince } from "@/db/seed/load-demo";
import { checkCredentials, LOGIN_FAILED } from "@/lib/auth/credentials";
import { canAccessDepartment } from "@/lib/auth/scope";
import { createApiToken, userIdForToken } from "@/lib/auth/tokens";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { decimalStringFromScaled } from "@/lib/numbers";

const DEPARTMENT_CODES =
  "vpubnd skhdt stc sct snn sxd sgtvt stnmt svhttdl stttt sldtbxh sgddt syt skhcn snv ctk chq cthue nhnn kbnn bqlkkt".split(
    " ",
  );

let db: Db;

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  expect(isDatabaseEmpty(db)).toBe(true);
  loadDemoProvince(db);
});

describe("demo province in the database", () => {
  it("has every department of docs/domain.md §1 with its code", () => {
    const codes = db
      .select({ code: departments.code })
      .from(departments)
      .where(eq(departments.kind, "department"))
      .all()
      .map((d) => d.code);
    expect(codes.sort()).toEqual([...DEPARTMENT_CODES].sort());
  });

  it("has the demo users: admin, tonghop, lanhdao and an officer and head per department", () => {
    const rows = db.select({ username: users.username, role: users.role }).from(users).all();
    const roleOf = new Map(rows.map((r) => [r.username, r.role]));
    expect(roleOf.get("admin")).toBe("admin");
    expect(roleOf.get("tonghop")).toBe("planner");
    expect(roleOf.get("lanhdao")).toBe("leader");
    for (const code of DEPARTMENT_CODES) {
      expect(roleOf.get(`${code}.canbo`)).toBe("officer");
      expect(roleOf.get(`${code}.lanhdao`)).toBe("dept_head");
    }
  });

  it("stores figures exactly (scaled integers)", () => {
    const rows = db.select({ value: indicatorValues.value }).from(indicatorValues).all();
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.every((r) => Number.isInteger(r.value))).toBe(true);
    expect(decimalStringFromScaled(rows.reduce((sum, r) => sum + r.value, 0))).toMatch(/^-?\d+(\.\d{1,4})?$/);
  });

  it("is not loaded twice", () => {
    expect(isDatabaseEmpty(db)).toBe(false);
  });

  it("loads all or nothing", () => {
    const other = openDatabase(":memory:").db;
    migrateDatabase(other);
    other.insert(departments).values({ code: "sct", name: "Trùng mã", shortName: "x", validFrom: 2022 }).run();
    expect(() => loadDemoProvince(other)).toThrow();
    expect(other.select({ n: count() }).from(users).get()!.n).toBe(0);
    expect(other.select({ n: count() }).from(departments).get()!.n).toBe(1);
  });
});

describe("credentials", () => {
  it("accepts the demo password and audits the login", () => {
    const result = checkCredentials(db, { username: "tonghop", password: DEMO_PASSWORD, ip: "10.0.0.1" });
    expect(result.ok).toBe(true);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "login")).all().length).toBeGreaterThan(0);
  });

  it("gives the same message for an unknown user and a wrong password", () => {
    const unknown = checkCredentials(db, { username: "nobody", password: DEMO_PASSWORD, ip: "10.0.0.2" });
    const wrong = checkCredentials(db, { username: "tonghop", password: "wrong-password-1", ip: "10.0.0.2" });
    expect(unknown).toEqual({ ok: false, error: LOGIN_FAILED });
    expect(wrong).toEqual({ ok: false, error: LOGIN_FAILED });
  });

  it("slows a username's repeated failures from one address, even with the right password, not from another", () => {
    // all at one moment: the wait never runs out while bcrypt works
    const at = Date.now();
    for (let i = 0; i < 5; i += 1)
      checkCredentials(db, { username: "snn.canbo", password: `wrong${i}`, ip: "10.1.0.1" }, at);
    expect(checkCredentials(db, { username: "snn.canbo", password: DEMO_PASSWORD, ip: "10.1.0.1" }, at)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Đăng nhập sai quá nhiều lần/),
    });
    expect(checkCredentials(db, { username: "snn.canbo", password: DEMO_PASSWORD, ip: "10.1.0.99" }, at).ok).toBe(true);
  });

  it("refuses a disabled user with the same message", () => {
    db.update(users).set({ active: false }).where(eq(users.username, "sxd.canbo")).run();
    expect(checkCredentials(db, { username: "sxd.canbo", password: DEMO_PASSWORD, ip: "10.2.0.1" })).toEqual({
      ok: false,
      error: LOGIN_FAILED,
    });
  });
});

describe("API tokens and scope", () => {
  it("stores only a hash and resolves the token to its user", () => {
    const user = db.select().from(users).where(eq(users.username, "chq.canbo")).get()!;
    const { token } = createApiToken(db, user.id, "test");
    expect(userIdForToken(db, token)).toBe(user.id);
    expect(userIdForToken(db, token + "x")).toBeNull();
    expect(JSON.stringify(db.select().from(users).all())).not.toContain(token);
  });

  it("keeps department roles inside their department", () => {
    expect(canAccessDepartment({ role: "officer", departmentId: 3 }, 3)).toBe(true);
    expect(canAccessDepartment({ role: "officer", departmentId: 3 }, 4)).toBe(false);
    expect(canAccessDepartment({ role: "dept_head", departmentId: 3 }, 4)).toBe(false);
    expect(canAccessDepartment({ role: "officer", departmentId: null }, 4)).toBe(false);
    expect(canAccessDepartment({ role: "planner", departmentId: 2 }, 4)).toBe(true);
    expect(canAccessDepartment({ role: "leader", departmentId: null }, 4)).toBe(true);
  });
});
