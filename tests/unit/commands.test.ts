import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, departments, users } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { putTargetsCommand } from "@/lib/admin/commands";
import { errorResponse } from "@/lib/api/handler";
import type { CurrentUser } from "@/lib/auth/current-user";
import { defineCommand, runCommand } from "@/lib/commands/command";
import { saveMonthValuesCommand, TRANSITION_COMMANDS, workflowCommand } from "@/lib/entry/commands";
import { ConflictError, DomainError } from "@/lib/errors";
import { submissionRefFromPath } from "@/lib/validation/common";
import { writeAudit } from "@/lib/audit/write";
import { z } from "@/lib/validation/zod";

let db: Db;
const as: Record<string, CurrentUser> = {};

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  for (const username of ["vpubnd.canbo", "vpubnd.lanhdao", "sct.canbo", "tonghop", "lanhdao", "admin"]) {
    const u = db.select().from(users).where(eq(users.username, username)).get()!;
    const d =
      u.departmentId === null
        ? undefined
        : db.select().from(departments).where(eq(departments.id, u.departmentId)).get();
    as[username] = {
      id: u.id,
      username,
      fullName: u.fullName,
      role: u.role,
      departmentId: u.departmentId,
      departmentCode: d?.code ?? null,
      departmentName: d?.name ?? null,
    };
  }
});

/** The refusal a command throws, as { status, message, fieldErrors }. */
function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the command was not refused");
}

const month = { department: "vpubnd", year: 2024, month: 12 };
// the demo month holds a value at version 1: a change names it (never a silent overwrite)
const values = (value: unknown) => ({
  ...month,
  values: [{ indicator: "an.buon_lau", value, status: "estimate", version: 1 }],
});
const audits = () => db.select().from(auditLog).all().length;

describe("the command pipeline", () => {
  it("runs an allowed command and its audit entry in one transaction", () => {
    const before = audits();
    const result = runCommand(db, saveMonthValuesCommand, as["vpubnd.canbo"], values("451"));
    expect(result.values[0]).toMatchObject({ indicator: "an.buon_lau", value: 451 });
    expect(audits()).toBe(before + 1);
  });

  it("refuses a role without the permission (403) before reading the input", () => {
    expect(refusal(() => runCommand(db, saveMonthValuesCommand, as.lanhdao, "not even an object"))).toMatchObject({
      status: 403,
    });
    expect(refusal(() => runCommand(db, saveMonthValuesCommand, as.tonghop, values("1")))).toMatchObject({
      status: 403,
    });
  });

  it("refuses bad input with 422 and a Vietnamese message per field", () => {
    const error = refusal(() => runCommand(db, saveMonthValuesCommand, as["vpubnd.canbo"], values("abc")));
    expect(error.status).toBe(422);
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["values.0.value"]);
    expect(
      refusal(() => runCommand(db, saveMonthValuesCommand, as["vpubnd.canbo"], { ...values("1"), extra: true })).status,
    ).toBe(422);
  });

  it("finds what the command acts on and checks the department: 404 unknown, 403 another department", () => {
    expect(
      refusal(() =>
        runCommand(db, saveMonthValuesCommand, as["vpubnd.canbo"], { ...values("1"), department: "khong-co" }),
      ).status,
    ).toBe(404);
    expect(refusal(() => runCommand(db, saveMonthValuesCommand, as["sct.canbo"], values("1"))).status).toBe(403);
  });

  it("rolls back everything the command wrote when it throws", () => {
    const failing = defineCommand({
      permission: "users.manage",
      input: z.object({}),
      run: (tx, user) => {
        writeAudit(tx, { userId: user.id, action: "test", entity: "test", entityId: 1 });
        throw new DomainError(409, "Xung đột");
      },
    });
    const before = audits();
    expect(refusal(() => runCommand(db, failing, as.admin, {})).status).toBe(409);
    expect(audits()).toBe(before);
  });

  it("checks a workflow action's own permission inside the shared command", () => {
    expect(refusal(() => runCommand(db, workflowCommand, as.tonghop, { ...month, action: "submit" }))).toMatchObject({
      status: 403,
      message: "Chỉ lãnh đạo sở, ngành được gửi báo cáo",
    });
    expect(
      refusal(() => runCommand(db, workflowCommand, as["vpubnd.canbo"], { ...month, action: "submit" })).status,
    ).toBe(403);
    expect(refusal(() => runCommand(db, TRANSITION_COMMANDS.approve, as["vpubnd.lanhdao"], month)).status).toBe(403);
    expect(refusal(() => runCommand(db, TRANSITION_COMMANDS.return, as.tonghop, month))).toMatchObject({
      status: 422,
      fieldErrors: { reason: expect.any(String) },
    });
  });
});

describe("the same status for the same failure of a year", () => {
  const targets = { targets: [{ indicator: "an.buon_lau", source: "hdnd", value: 5 }] };

  it("a malformed year is 422, in a body or a path", () => {
    for (const year of [1999, 2024.5, Number.NaN])
      expect(
        refusal(() => runCommand(db, saveMonthValuesCommand, as["vpubnd.canbo"], { ...values("1"), year })).status,
      ).toBe(422);
    expect(
      refusal(() =>
        runCommand(db, saveMonthValuesCommand, as["vpubnd.canbo"], {
          ...values("1"),
          ...submissionRefFromPath({ dept: "vpubnd", year: "abc", month: "12" }),
        }),
      ).status,
    ).toBe(422);
    for (const year of ["abc", "", "1999", "2024.5"])
      expect(refusal(() => runCommand(db, putTargetsCommand, as.admin, { ...targets, year })).status, year).toBe(422);
  });

  it("a well-formed year without a plan is 404, for the entry and for the plan alike", () => {
    expect(
      refusal(() => runCommand(db, saveMonthValuesCommand, as["vpubnd.canbo"], { ...values("1"), year: 2031 })).status,
    ).toBe(404);
    expect(refusal(() => runCommand(db, putTargetsCommand, as.admin, { ...targets, year: "2031" })).status).toBe(404);
  });

  it("a year that is not open is 409", () => {
    expect(
      refusal(() => runCommand(db, saveMonthValuesCommand, as["vpubnd.canbo"], { ...values("1"), year: 2023 })).status,
    ).toBe(409);
  });
});

describe("the HTTP answer of a refusal", () => {
  it("gives the status, the message and the field errors; a conflict also what the other person saved", async () => {
    const invalid = errorResponse(new DomainError(422, "Năm không hợp lệ", { year: "Năm không hợp lệ" }));
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({ error: "Năm không hợp lệ", errors: { year: "Năm không hợp lệ" } });
    const conflict = errorResponse(
      new ConflictError("Đã thay đổi", { "values.0.value": "Người khác đã lưu" }, [{ index: 0 }]),
    );
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({
      error: "Đã thay đổi",
      errors: { "values.0.value": "Người khác đã lưu" },
      conflicts: [{ index: 0 }],
    });
  });
});
