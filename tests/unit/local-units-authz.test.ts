import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { users } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { createDepartment } from "@/lib/admin/departments";
import { createIndicator } from "@/lib/admin/create-indicator";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { canAccessDepartment } from "@/lib/auth/scope";
import { listIndicatorsForYear } from "@/lib/catalogue/queries";
import { runCommand } from "@/lib/commands/command";
import { TRANSITION_COMMANDS, markReadyCommand, saveMonthValuesCommand } from "@/lib/entry/commands";
import { resolveSubmission } from "@/lib/entry/submission-scope";
import { declareUnitReporting } from "@/lib/units/declare-reporting";
import type { Role } from "@/db/schema/vocabulary";

/**
 * Local governments hold the same roles as departments, scoped to their unit (issue 17): an
 * officer or head of one commune reads and writes its own months and never another commune's,
 * through the permission functions and the commands the pages and the API run. Memory database
 * with the demo (2024 open); two communes of the test's own report an indicator through shares.
 */
let db: Db;
let sqlite: Database.Database;
const admin = { id: 1, role: "admin" as const };
const YEAR = 2024;
const unit: Record<"a" | "b", { id: number; code: string }> = {} as never;
const staff: Record<string, CurrentUser> = {};

function userOf(username: string, role: Role, departmentId: number, code: string): CurrentUser {
  const row = db
    .insert(users)
    .values({ username, fullName: username, role, departmentId, passwordHash: "x" })
    .returning()
    .get();
  return { id: row.id, username, fullName: username, role, departmentId, departmentCode: code, departmentName: code };
}

beforeAll(() => {
  ({ db, sqlite } = openDatabase(":memory:"));
  migrateDatabase(db);
  loadDemoProvince(db);
  writeTransaction(db, (tx) => {
    for (const key of ["a", "b"] as const) {
      const code = `lx.xa_${key}`;
      createDepartment(tx, admin.id, { code, name: `Xã ${key.toUpperCase()}`, kind: "commune", validFrom: YEAR });
      unit[key] = {
        id: (sqlite.prepare("select id from departments where code = ?").get(code) as { id: number }).id,
        code,
      };
    }
    createIndicator(tx, admin, {
      year: YEAR,
      code: "lx.giai_ngan",
      name: "Giải ngân vốn đầu tư công (xã)",
      unit: "tỷ đồng",
      kind: "cumulative",
      department: "skhdt",
    });
    declareUnitReporting(tx, admin, { code: "lx.giai_ngan", year: YEAR, kind: "commune" });
  });
  for (const key of ["a", "b"] as const) {
    staff[`officer:${key}`] = userOf(`lx.${key}.canbo`, "officer", unit[key].id, unit[key].code);
    staff[`head:${key}`] = userOf(`lx.${key}.lanhdao`, "dept_head", unit[key].id, unit[key].code);
  }
});

const month = (key: "a" | "b", m = 3) => ({ department: unit[key].code, year: YEAR, month: m });
const save = (user: CurrentUser, key: "a" | "b", indicator: string, m = 3) =>
  runCommand(db, saveMonthValuesCommand, user, {
    ...month(key, m),
    values: [{ indicator, value: "12,5", status: "estimate" }],
  });
const status = (fn: () => unknown) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as { status?: number }).status ?? 500;
  }
};
const valuesOf = (key: "a" | "b") =>
  sqlite.prepare("select count(*) as n from indicator_values where department_id = ?").get(unit[key].id);

describe("a commune's staff and another commune's data", () => {
  it("holds the department roles' permissions for its own commune only", () => {
    const officer = staff["officer:a"];
    const head = staff["head:a"];
    expect(can(officer, "entry.edit", unit.a.id)).toBe(true);
    expect(can(officer, "entry.edit", unit.b.id)).toBe(false);
    expect(can(officer, "entry.view", unit.b.id)).toBe(false);
    expect(can(head, "submission.submit", unit.a.id)).toBe(true);
    expect(can(head, "submission.submit", unit.b.id)).toBe(false);
    expect(can(head, "submission.review", unit.a.id)).toBe(false);
    expect(canAccessDepartment(officer, unit.a.id)).toBe(true);
    expect(canAccessDepartment(officer, unit.b.id)).toBe(false);
  });

  it("reads its own month and its own share only", () => {
    expect(resolveSubmission(db, staff["officer:a"], month("a")).departmentId).toBe(unit.a.id);
    expect(status(() => resolveSubmission(db, staff["officer:a"], month("b")))).toBe(403);
    expect(status(() => resolveSubmission(db, staff["head:b"], month("a")))).toBe(403);
    expect(listIndicatorsForYear(db, YEAR, unit.a.id).map((i) => i.code)).toEqual([`lx.giai_ngan@${unit.a.code}`]);
  });

  it("saves its own figures; never another commune's month, nor another commune's share in its own month", () => {
    expect(save(staff["officer:a"], "a", `lx.giai_ngan@${unit.a.code}`).values).toHaveLength(1);
    expect(valuesOf("a")).toEqual({ n: 1 });
    const before = valuesOf("b");
    expect(status(() => save(staff["officer:a"], "b", `lx.giai_ngan@${unit.b.code}`))).toBe(403);
    expect(status(() => save(staff["head:a"], "b", `lx.giai_ngan@${unit.b.code}`))).toBe(403);
    // B's share named in A's month: not an indicator of A's, refused and nothing stored anywhere
    expect(status(() => save(staff["officer:a"], "a", `lx.giai_ngan@${unit.b.code}`, 4))).toBe(422);
    expect(valuesOf("b")).toEqual(before);
    expect(valuesOf("a")).toEqual({ n: 1 });
  });

  it("marks ready and submits its own month only; the other commune's head is refused", () => {
    expect(status(() => runCommand(db, markReadyCommand, staff["officer:b"], month("a")))).toBe(403);
    expect(status(() => runCommand(db, markReadyCommand, staff["officer:a"], month("a")))).toBe(200);
    expect(status(() => runCommand(db, TRANSITION_COMMANDS.submit, staff["head:b"], month("a")))).toBe(403);
    expect(status(() => runCommand(db, TRANSITION_COMMANDS.submit, staff["officer:a"], month("a")))).toBe(403);
    expect(runCommand(db, TRANSITION_COMMANDS.submit, staff["head:a"], month("a"))).toMatchObject({
      state: "submitted",
    });
    // approving is the province's, never a commune's head
    expect(
      status(() => runCommand(db, TRANSITION_COMMANDS.approve, staff["head:a"], { ...month("a"), reason: "" })),
    ).toBe(403);
  });
});
