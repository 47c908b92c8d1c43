import { describe, expect, it } from "vitest";
import { deadlineStanding } from "@/lib/periods";
import { reminderMail } from "./message";
import { dueMonths, type ReminderFacts } from "./select";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const WHOLE_YEAR = { from: 1, to: 12 };
const SCT = { id: 1, code: "sct", name: "Sở Công Thương", months: WHOLE_YEAR };
const SYT = { id: 2, code: "syt", name: "Sở Y tế", months: WHOLE_YEAR };

/** Plan year 2024 open (cut-off 14, due 17: June is due 17/06/2024), 2023 closed, 2025 in preparation. */
function facts(over: Partial<ReminderFacts> = {}): ReminderFacts {
  return {
    planYears: [
      { year: 2023, status: "closed", cutoffDay: 14, dueDay: 17 },
      { year: 2024, status: "open", cutoffDay: 14, dueDay: 17 },
      { year: 2025, status: "draft", cutoffDay: 14, dueDay: 17 },
    ],
    planDepartments: [2023, 2024, 2025].flatMap((year) => [{ year, ...SCT }]),
    submissions: [],
    users: [
      { id: 10, fullName: "Cán bộ SCT", role: "officer", departmentId: 1, active: true, email: "cb@sct.vn" },
      { id: 11, fullName: "Lãnh đạo SCT", role: "dept_head", departmentId: 1, active: true, email: "ld@sct.vn" },
      { id: 12, fullName: "Cán bộ nghỉ", role: "officer", departmentId: 1, active: false, email: "nghi@sct.vn" },
      { id: 13, fullName: "Cán bộ không thư", role: "officer", departmentId: 1, active: true, email: null },
      { id: 14, fullName: "Cán bộ thư trống", role: "officer", departmentId: 1, active: true, email: "  " },
      { id: 15, fullName: "Cán bộ SYT", role: "officer", departmentId: 2, active: true, email: "cb@syt.vn" },
      { id: 16, fullName: "Chuyên viên KH", role: "planner", departmentId: 1, active: true, email: "kh@skhdt.vn" },
    ],
    ...over,
  };
}
const months = (list: ReturnType<typeof dueMonths>) => list.map((m) => `${m.department.code}:${m.year}:${m.month}`);

describe("the due-month rule of the e-mail reminders", () => {
  it("due within two days: June (due 17/06) from 15/06, not on 14/06", () => {
    const only = (today: string) => dueMonths(facts(), day(today)).filter((m) => m.month === 6);
    expect(only("2024-06-14")).toEqual([]);
    expect(only("2024-06-15")[0].standing).toEqual({ kind: "due_soon", daysLeft: 2 });
    expect(only("2024-06-17")[0].standing).toEqual({ kind: "due_soon", daysLeft: 0 });
    expect(only("2024-06-18")[0].standing).toEqual({ kind: "overdue", daysLate: 1 });
  });

  it("overdue: every earlier month never submitted, most overdue first; later months not yet", () => {
    const list = dueMonths(facts(), day("2024-06-16"));
    expect(months(list)).toEqual(["sct:2024:1", "sct:2024:2", "sct:2024:3", "sct:2024:4", "sct:2024:5", "sct:2024:6"]);
    expect(list[4]).toMatchObject({ standing: { kind: "overdue", daysLate: 30 }, state: "draft" });
    expect(list[4].due.toISOString().slice(0, 10)).toBe("2024-05-17");
  });

  it("submitted and approved months are left out; a returned month is not submitted and is included", () => {
    const list = dueMonths(
      facts({
        submissions: [
          { departmentId: 1, year: 2024, month: 1, state: "approved", returnReason: null },
          { departmentId: 1, year: 2024, month: 2, state: "submitted", returnReason: null },
          { departmentId: 1, year: 2024, month: 3, state: "returned", returnReason: "Thiếu số liệu xuất khẩu" },
          { departmentId: 1, year: 2024, month: 4, state: "draft", returnReason: null },
        ],
      }),
      day("2024-06-16"),
    );
    expect(months(list)).toEqual(["sct:2024:3", "sct:2024:4", "sct:2024:5", "sct:2024:6"]);
    expect(list[0]).toMatchObject({ state: "returned", returnReason: "Thiếu số liệu xuất khẩu" });
  });

  it("only open plan years: a closed year and one in preparation are left out", () => {
    expect(dueMonths(facts(), day("2025-03-01")).map((m) => m.year)).toEqual(
      Array.from({ length: 12 }, () => 2024), // 2024's twelve months, none of 2023 or 2025
    );
  });

  it("only the months a unit reports in: a commune formed in July is not reminded of June", () => {
    const ward = { id: 3, code: "p.tam_thanh", name: "Phường Tam Thanh", months: { from: 7, to: 12 } };
    const list = dueMonths(facts({ planDepartments: [{ year: 2024, ...ward }] }), day("2025-03-01"));
    expect(list.map((m) => m.month)).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it("only the departments of the year's plan", () => {
    const list = dueMonths(facts({ planDepartments: [{ year: 2024, ...SYT }] }), day("2024-06-16"));
    expect(new Set(list.map((m) => m.department.code))).toEqual(new Set(["syt"]));
    expect(list[0].recipients.map((r) => r.email)).toEqual(["cb@syt.vn"]);
  });

  it("mails the department's active officers and head with an e-mail address, nobody else", () => {
    const [month] = dueMonths(facts(), day("2024-06-16"));
    expect(month.recipients).toEqual([
      { userId: 10, fullName: "Cán bộ SCT", email: "cb@sct.vn" },
      { userId: 11, fullName: "Lãnh đạo SCT", email: "ld@sct.vn" },
    ]);
  });

  it("a department with nobody to mail still has its months listed, with no recipient", () => {
    const list = dueMonths(facts({ users: [] }), day("2024-06-16"));
    expect(list).toHaveLength(6);
    expect(list.every((m) => m.recipients.length === 0)).toBe(true);
  });

  it("takes the year's own calendar: due on the 5th of the next month when the due day is before the cut-off", () => {
    const list = dueMonths(
      facts({ planYears: [{ year: 2024, status: "open", cutoffDay: 25, dueDay: 5 }] }),
      day("2024-07-03"),
    );
    expect(list.at(-1)).toMatchObject({ month: 6, standing: { kind: "due_soon", daysLeft: 2 } });
    expect(list.at(-1)!.due.toISOString().slice(0, 10)).toBe("2024-07-05");
  });

  it("is the in-app notifications' rule (deadlineStanding) at any time of the day", () => {
    const due = day("2024-06-17");
    expect(deadlineStanding(due, new Date("2024-06-14T23:59:00Z"))).toBeNull();
    expect(deadlineStanding(due, new Date("2024-06-17T12:00:00Z"))).toEqual({ kind: "due_soon", daysLeft: 0 });
    expect(deadlineStanding(due, new Date("2024-06-18T00:00:00Z"))).toEqual({ kind: "overdue", daysLate: 1 });
  });
});

describe("the reminder mail", () => {
  const [may, june] = dueMonths(facts(), day("2024-06-16")).slice(4);
  const recipient = { userId: 10, fullName: "Nguyễn Văn A", email: "cb@sct.vn" };

  it("names the department, the month, the due date, how late, and links to the entry page", () => {
    const mail = reminderMail(may, recipient, "https://chitieu.langson.gov.vn/");
    expect(mail.to).toBe("cb@sct.vn");
    expect(mail.subject).toBe("[Chỉ tiêu] Báo cáo tháng 5/2024 của Sở Công Thương đã quá hạn 30 ngày (hạn 17/05/2024)");
    expect(mail.text).toContain("Kính gửi Nguyễn Văn A,");
    expect(mail.text).toContain("Hạn gửi: 17/05/2024 (đã quá hạn 30 ngày).");
    expect(mail.text).toContain("https://chitieu.langson.gov.vn/entry/sct/2024/5");
    expect(mail.html).toContain('<a href="https://chitieu.langson.gov.vn/entry/sct/2024/5">');
    expect(reminderMail(june, recipient, "https://x.vn").text).toContain("(còn 1 ngày đến hạn)");
  });

  it("says a returned month must be sent again, with the reason, escaped in the HTML", () => {
    const [returned] = dueMonths(
      facts({ submissions: [{ departmentId: 1, year: 2024, month: 1, state: "returned", returnReason: "Sai <số>" }] }),
      day("2024-06-16"),
    );
    const mail = reminderMail(returned, recipient, "https://x.vn");
    expect(mail.text).toContain("Báo cáo đã bị trả lại: Sai <số>. Cần sửa và gửi lại.");
    expect(mail.html).toContain("Sai &lt;số&gt;");
  });
});
