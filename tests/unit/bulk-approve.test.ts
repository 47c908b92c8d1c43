import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, departments, submissions, users } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import type { CurrentUser } from "@/lib/auth/current-user";
import { runCommand } from "@/lib/commands/command";
import { markReadyCommand, TRANSITION_COMMANDS } from "@/lib/entry/commands";
import { DomainError } from "@/lib/errors";
import { bulkApproveCommand } from "@/lib/workflow/bulk-approve";
import { ensureSubmission } from "@/lib/entry/submission-row";

let db: Db;
const as: Record<string, CurrentUser> = {};
const YEAR = 2024;
const MONTHS = [9, 10, 11];

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

const vpubnd = () => db.select().from(departments).where(eq(departments.code, "vpubnd")).get()!;

/** vpubnd's months 9-11 of 2024 put back to "submitted" before each test (whatever the demo holds). */
beforeEach(() => {
  const id = vpubnd().id;
  db.transaction((tx) => MONTHS.forEach((m) => ensureSubmission(tx, id, YEAR, m)));
  db.update(submissions)
    .set({ state: "submitted", readyAt: null })
    .where(and(eq(submissions.departmentId, id), eq(submissions.year, YEAR), inArray(submissions.month, MONTHS)))
    .run();
});

function row(month: number) {
  return db
    .select()
    .from(submissions)
    .where(and(eq(submissions.departmentId, vpubnd().id), eq(submissions.year, YEAR), eq(submissions.month, month)))
    .get()!;
}
const item = (month: number, version = row(month).version) => ({ department: "vpubnd", year: YEAR, month, version });
const approvals = () => db.select().from(auditLog).where(eq(auditLog.action, "submission_approve")).all().length;

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the command was not refused");
}

describe("bulk approve", () => {
  it("approves every selected month, one audit entry each, and answers their new versions", () => {
    const before = approvals();
    const versions = MONTHS.map((m) => row(m).version);
    const result = runCommand(db, bulkApproveCommand, as.tonghop, { submissions: MONTHS.map((m) => item(m)) });
    expect(result.approved.map((a) => [a.month, a.state, a.version])).toEqual(
      MONTHS.map((m, i) => [m, "approved", versions[i] + 1]),
    );
    expect(MONTHS.map((m) => row(m).state)).toEqual(["approved", "approved", "approved"]);
    expect(approvals()).toBe(before + 3);
  });

  it("approves none when one was changed since it was read, naming its department and month", () => {
    const before = approvals();
    const error = refusal(() =>
      runCommand(db, bulkApproveCommand, as.tonghop, { submissions: [item(9), item(10, row(10).version - 1)] }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toContain("Văn phòng UBND tỉnh, tháng 10/2024");
    expect(error.message).toContain("Chưa báo cáo nào được duyệt");
    expect([row(9).state, row(10).state]).toEqual(["submitted", "submitted"]);
    expect(approvals()).toBe(before);
  });

  it("approves none when one is not submitted (a returned month), naming it", () => {
    db.update(submissions)
      .set({ state: "returned" })
      .where(eq(submissions.id, row(11).id))
      .run();
    const error = refusal(() => runCommand(db, bulkApproveCommand, as.tonghop, { submissions: [item(9), item(11)] }));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/tháng 11\/2024: Báo cáo đang ở trạng thái "bị trả lại"/);
    expect(row(9).state).toBe("submitted");
  });

  it("names an unknown department (404) and refuses the same month twice or none (422)", () => {
    expect(
      refusal(() =>
        runCommand(db, bulkApproveCommand, as.tonghop, { submissions: [item(9), { ...item(9), department: "xyz" }] }),
      ),
    ).toMatchObject({ status: 404, message: expect.stringContaining('"xyz"') });
    expect(
      refusal(() => runCommand(db, bulkApproveCommand, as.tonghop, { submissions: [item(9), item(9)] })).message,
    ).toBe("Báo cáo tháng 9/2024 của đơn vị vpubnd được chọn hai lần");
    expect(refusal(() => runCommand(db, bulkApproveCommand, as.tonghop, { submissions: [] })).message).toBe(
      "Chọn ít nhất một báo cáo để duyệt",
    );
    expect(row(9).state).toBe("submitted");
  });

  it.each(["vpubnd.canbo", "vpubnd.lanhdao", "sct.canbo", "lanhdao"])(
    "refuses %s (403), as a single approval",
    (who) => {
      expect(refusal(() => runCommand(db, bulkApproveCommand, as[who], { submissions: [item(9)] })).status).toBe(403);
      expect(row(9).state).toBe("submitted");
    },
  );

  it("lets an admin approve too", () => {
    runCommand(db, bulkApproveCommand, as.admin, { submissions: [item(9)] });
    expect(row(9).state).toBe("approved");
  });
});

describe("marking a month entered", () => {
  it("records who and when, keeps the state, and is cleared when the head sends the month", () => {
    db.update(submissions)
      .set({ state: "draft" })
      .where(eq(submissions.id, row(9).id))
      .run();
    const ref = { department: "vpubnd", year: YEAR, month: 9 };
    const result = runCommand(db, markReadyCommand, as["vpubnd.canbo"], ref);
    expect(row(9)).toMatchObject({ state: "draft", readyBy: as["vpubnd.canbo"].id, readyAt: result.readyAt });
    expect(db.select().from(auditLog).where(eq(auditLog.action, "submission_ready")).all().length).toBeGreaterThan(0);
    runCommand(db, TRANSITION_COMMANDS.submit, as["vpubnd.lanhdao"], ref);
    expect(row(9)).toMatchObject({ state: "submitted", readyAt: null, readyBy: null });
  });

  it("refuses a month already sent (409), another department (403) and a planner (403)", () => {
    const ref = { department: "vpubnd", year: YEAR, month: 10 };
    expect(refusal(() => runCommand(db, markReadyCommand, as["vpubnd.canbo"], ref)).status).toBe(409);
    expect(refusal(() => runCommand(db, markReadyCommand, as["sct.canbo"], ref)).status).toBe(403);
    expect(refusal(() => runCommand(db, markReadyCommand, as.tonghop, ref)).status).toBe(403);
  });
});
