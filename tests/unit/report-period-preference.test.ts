import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { rawClient } from "@/db/raw";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { auditLog, departments, planYears, submissions } from "@/db/schema";
import type { SubmissionState } from "@/db/schema/vocabulary";
import type { CurrentUser } from "@/lib/auth/current-user";
import { runCommand } from "@/lib/commands/command";
import { DomainError } from "@/lib/errors";
import { rememberReportPeriodCommand } from "@/lib/preferences/commands";
import { latestSubmittedMonth, savedReportPeriod } from "@/lib/preferences/report-period";
import { reportParams } from "@/lib/reports/report-params";

const YEAR = 2031;
let db: Db;
let leader: CurrentUser;
let departmentId: number;

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  const row = rawClient(db)
    .prepare("select id, username, full_name as fullName from users where username = 'lanhdao'")
    .get() as {
    id: number;
    username: string;
    fullName: string;
  };
  leader = { ...row, role: "leader", departmentId: null, departmentCode: null, departmentName: null };
  departmentId = db.select({ id: departments.id }).from(departments).get()!.id;
  db.insert(planYears).values({ year: YEAR, status: "open" }).run();
}, 60_000);

const send = (month: number, state: SubmissionState) =>
  db.insert(submissions).values({ departmentId, year: YEAR, month, state }).run();
const auditCount = () =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "preference_report_period"), eq(auditLog.entityId, String(leader.id))))
    .all().length;

describe("the period a report page opens on", () => {
  it("follows the latest submitted or approved month of the year, not drafts or returned months", () => {
    expect(latestSubmittedMonth(db, YEAR)).toBeNull();
    expect(reportParams(db, { year: String(YEAR) }, leader).period).toBe("T01");
    send(4, "approved");
    send(7, "draft");
    send(8, "returned");
    expect(latestSubmittedMonth(db, YEAR)).toBe(4);
    expect(reportParams(db, { year: String(YEAR) }, leader).period).toBe("Q1");
    send(10, "submitted");
    expect(reportParams(db, { year: String(YEAR) }, leader).period).toBe("9T");
    send(12, "approved");
    expect(reportParams(db, { year: String(YEAR) }, leader).period).toBe("N");
  });

  it("is the period the user picked once they picked one, audited when it changes; ?period= still wins", () => {
    expect(savedReportPeriod(db, leader.id)).toBeNull();
    expect(runCommand(db, rememberReportPeriodCommand, leader, { period: "9T" })).toEqual({
      period: "9T",
      changed: true,
    });
    expect(runCommand(db, rememberReportPeriodCommand, leader, { period: "9T" })).toEqual({
      period: "9T",
      changed: false,
    });
    expect(auditCount()).toBe(1);
    expect(reportParams(db, { year: String(YEAR) }, leader).period).toBe("9T");
    expect(reportParams(db, { year: String(YEAR), period: "T03" }, leader).period).toBe("T03");
    // a user without an id (an API read's holder) gets the data's default
    expect(reportParams(db, { year: String(YEAR) }, { role: "leader" }).period).toBe("N");
  });

  it("refuses what is not a period, saving nothing", () => {
    expect(() => runCommand(db, rememberReportPeriodCommand, leader, { period: "T13" })).toThrow(DomainError);
    expect(savedReportPeriod(db, leader.id)).toBe("9T");
    expect(auditCount()).toBe(1);
  });
});
