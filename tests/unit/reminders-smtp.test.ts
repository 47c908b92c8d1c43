import { execFile } from "node:child_process";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "@/db/client";
import {
  auditLog,
  departments,
  indicatorAssignments,
  indicators,
  planYears,
  remindersSent,
  submissions,
} from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { createUser } from "@/lib/users/service";

/**
 * `npm run cli -- reminders:send` end to end: the CLI process mails an SMTP server running in
 * this test process (smtp-server), which checks the login and parses what it receives.
 */
const ROOT = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-reminders-"));
const file = path.join(dir, "app.db");
const APP_URL = "https://chitieu.langson.example";

interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}
const received: Received[] = [];
const refused = new Set<string>();
let server: SMTPServer;
let port = 0;

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const smtp = {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(port),
    SMTP_USER: "nhac-han",
    SMTP_PASSWORD: "mat-khau-smtp",
    SMTP_FROM: "Chỉ tiêu <nhac-han@langson.example>",
    SMTP_SECURE: "false",
    APP_URL,
  };
  const base = { ...process.env };
  for (const key of Object.keys(base)) if (key.startsWith("SMTP_") || key === "NEXTAUTH_URL") delete base[key];
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["cli/index.ts", "reminders:send", ...args],
      { cwd: ROOT, env: { ...base, ...smtp, ...env, DATABASE_URL: `file:${file}` }, encoding: "utf8" },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }),
    );
  });
}

function rows() {
  const { db, sqlite } = openDatabase(file);
  const sent = db.select().from(remindersSent).all();
  const audits = db.select().from(auditLog).where(eq(auditLog.action, "reminder_sent")).all();
  sqlite.close();
  return { sent, audits };
}

beforeAll(async () => {
  const { db, sqlite } = openDatabase(file);
  migrateDatabase(db);
  writeTransaction(db, (tx) => {
    const sct = tx
      .insert(departments)
      .values({ code: "sct", name: "Sở Công Thương", shortName: "SCT", validFrom: 2022 })
      .returning()
      .get();
    tx.insert(departments).values({ code: "syt", name: "Sở Y tế", shortName: "SYT", validFrom: 2022 }).run();
    tx.insert(planYears).values({ year: 2024, cutoffDay: 14, dueDay: 17 }).run();
    const indicator = tx
      .insert(indicators)
      .values({
        code: "ct.xk",
        name: "Kim ngạch xuất khẩu",
        unit: "triệu USD",
        kind: "cumulative",
        searchName: "kim ngach",
      })
      .returning()
      .get();
    tx.insert(indicatorAssignments).values({ indicatorId: indicator.id, year: 2024, departmentId: sct.id }).run();
    const user = (username: string, role: "officer" | "dept_head", department: string, email?: string) =>
      createUser(tx, null, { username, fullName: username, role, department, email, password: "MatKhau2024" });
    user("cb.sct", "officer", "sct", "cb.sct@langson.example");
    user("ld.sct", "dept_head", "sct", "ld.sct@langson.example");
    user("cb2.sct", "officer", "sct"); // no address: not mailed
    user("cb.syt", "officer", "syt", "cb.syt@langson.example"); // Sở Y tế has no indicator in 2024
    for (const [month, state] of [
      [1, "approved"],
      [2, "approved"],
      [3, "approved"],
      [4, "returned"],
      [5, "submitted"],
    ] as const) {
      tx.insert(submissions)
        .values({
          departmentId: sct.id,
          year: 2024,
          month,
          state,
          returnReason: state === "returned" ? "Thiếu ghi chú" : null,
        })
        .run();
    }
  });
  sqlite.close();

  server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === "nhac-han" && auth.password === "mat-khau-smtp")
        return callback(null, { user: "nhac-han" });
      callback(new Error("Sai tên hoặc mật khẩu"));
    },
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address)) return callback();
      callback(Object.assign(new Error("Hộp thư không tồn tại"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({
            from: mail.from?.text ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("reminders:send against an SMTP server", () => {
  it("--dry-run lists who would get what and sends nothing", async () => {
    const run = await cli(["--dry-run", "--date", "2024-06-16"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("cb.sct@langson.example (cb.sct) ← Sở Công Thương, tháng 4/2024: đã quá hạn 60 ngày");
    expect(run.out).toContain("ld.sct@langson.example (ld.sct) ← Sở Công Thương, tháng 6/2024: còn 1 ngày đến hạn");
    expect(run.out).toContain("Sẽ gửi 4 thư.");
    expect(received).toEqual([]);
    expect(rows().sent).toEqual([]);
  }, 60_000);

  it("mails the officers and the head of each month due or overdue, once a day, each audited", async () => {
    const run = await cli(["--date", "2024-06-16"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(received.map((m) => `${m.to.join()} ${m.subject}`).sort()).toEqual([
      "cb.sct@langson.example [Chỉ tiêu] Báo cáo tháng 4/2024 của Sở Công Thương đã quá hạn 60 ngày (hạn 17/04/2024)",
      "cb.sct@langson.example [Chỉ tiêu] Báo cáo tháng 6/2024 của Sở Công Thương còn 1 ngày đến hạn (hạn 17/06/2024)",
      "ld.sct@langson.example [Chỉ tiêu] Báo cáo tháng 4/2024 của Sở Công Thương đã quá hạn 60 ngày (hạn 17/04/2024)",
      "ld.sct@langson.example [Chỉ tiêu] Báo cáo tháng 6/2024 của Sở Công Thương còn 1 ngày đến hạn (hạn 17/06/2024)",
    ]);
    const june = received.find((m) => m.subject.includes("tháng 6/2024"))!;
    expect(june.from).toContain("nhac-han@langson.example");
    expect(june.text).toContain("Báo cáo số liệu tháng 6/2024 của Sở Công Thương chưa được gửi.");
    expect(june.text).toContain(`${APP_URL}/entry/sct/2024/6`);
    expect(june.html).toContain(`href="${APP_URL}/entry/sct/2024/6"`);
    expect(received.find((m) => m.subject.includes("tháng 4/2024"))!.text).toContain(
      "Báo cáo đã bị trả lại: Thiếu ghi chú.",
    );
    const { sent, audits } = rows();
    expect(sent.map((r) => `${r.month}:${r.email}:${r.day}`).sort()).toEqual([
      "4:cb.sct@langson.example:2024-06-16",
      "4:ld.sct@langson.example:2024-06-16",
      "6:cb.sct@langson.example:2024-06-16",
      "6:ld.sct@langson.example:2024-06-16",
    ]);
    expect(audits).toHaveLength(4);
    expect(audits[0]).toMatchObject({ entity: "reminder", userId: null });

    const again = await cli(["--date", "2024-06-16"]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("đã gửi 0 thư, lỗi 0, bỏ qua 4 thư đã gửi trước đó");
    expect(received).toHaveLength(4);
    expect(rows().audits).toHaveLength(4);
  }, 120_000);

  it("a refused mail is reported with a non-zero exit, not recorded, and sent by the next run", async () => {
    received.length = 0;
    refused.add("ld.sct@langson.example");
    const failing = await cli(["--date", "2024-06-17"]);
    expect(failing.code).toBe(1);
    expect(failing.err).toContain("Gửi lỗi: ld.sct@langson.example");
    expect(received.map((m) => m.to.join())).toEqual(["cb.sct@langson.example", "cb.sct@langson.example"]);
    expect(
      rows()
        .sent.filter((r) => r.day === "2024-06-17")
        .map((r) => r.email),
    ).toEqual(["cb.sct@langson.example", "cb.sct@langson.example"]);

    refused.clear();
    const retry = await cli(["--date", "2024-06-17"]);
    expect(retry.code).toBe(0);
    expect(received.map((m) => m.to.join()).slice(2)).toEqual(["ld.sct@langson.example", "ld.sct@langson.example"]);
    expect(received[3].subject).toContain("tháng 6/2024 của Sở Công Thương đến hạn hôm nay");
    expect(rows().audits).toHaveLength(8);
  }, 120_000);

  it("refuses to send without the SMTP settings or with a bad --date, naming what is wrong", async () => {
    const run = await cli(["--date", "2024-06-18"], { SMTP_HOST: "", SMTP_FROM: "" });
    expect(run.code).toBe(1);
    expect(run.err).toContain("Chưa đặt SMTP_HOST");
    expect(run.err).toContain("Chưa đặt SMTP_FROM");
    const date = await cli(["--dry-run", "--date", "2024-02-30"]);
    expect(date).toMatchObject({ code: 1 });
    expect(date.err).toContain("--date: Ngày không có thật");
  }, 60_000);
});
