import { describe, expect, it } from "vitest";
import { notificationsFor, type SubmissionFact } from "./compute";

const calendars = new Map([[2024, { cutoffDay: 14, dueDay: 17 }]]);
const fact = (month: number, state: SubmissionFact["state"], extra: Partial<SubmissionFact> = {}): SubmissionFact => ({
  departmentCode: "sct",
  departmentName: "Sở Công Thương",
  year: 2024,
  month,
  state,
  returnReason: null,
  reviewedAt: null,
  ...extra,
});

describe("notifications", () => {
  const today = new Date(Date.UTC(2024, 5, 16)); // 16/06/2024, June is due 17/06

  it("warns a department of a month due within 2 days and of an overdue one", () => {
    const list = notificationsFor("department", [fact(6, "draft"), fact(5, "draft")], calendars, today);
    expect(list.map((n) => n.kind)).toEqual(["overdue", "due_soon"]);
    expect(list[0].text).toContain("17/05/2024");
    expect(list[1].href).toBe("/entry/sct/2024/6");
  });

  it("tells a department a month was returned, with the reason, and approved", () => {
    const list = notificationsFor(
      "department",
      [
        fact(4, "returned", { returnReason: "Thiếu số liệu" }),
        fact(3, "approved", { reviewedAt: "2024-06-10T00:00:00Z" }),
        fact(2, "approved", { reviewedAt: "2024-03-01T00:00:00Z" }),
      ],
      calendars,
      today,
    );
    expect(list.map((n) => n.kind)).toEqual(["overdue", "returned", "approved"]);
    expect(list[1].text).toContain("Thiếu số liệu");
  });

  it("shows planners what awaits review, and who is late", () => {
    const list = notificationsFor(
      "province",
      [fact(5, "submitted"), fact(5, "draft", { departmentCode: "chq", departmentName: "Cục Hải quan tỉnh" })],
      calendars,
      today,
    );
    expect(list.map((n) => n.kind)).toEqual(["overdue", "awaiting_review"]);
    expect(list[0].text).toContain("Cục Hải quan tỉnh");
  });

  it("does not nag about submitted or approved months", () => {
    expect(notificationsFor("department", [fact(5, "submitted"), fact(1, "approved")], calendars, today)).toEqual([]);
  });

  it("tells the head (who sends) of a month an officer marked entered, not the officers, and not once it is sent", () => {
    const ready = fact(7, "draft", { readyAt: "2024-06-15T08:00:00Z" });
    expect(notificationsFor("department", [ready], calendars, today, { sends: true })).toEqual([
      {
        kind: "ready",
        text: "Số liệu tháng 7/2024 đã nhập xong, chờ gửi báo cáo (hạn 17/07/2024)",
        href: "/entry/sct/2024/7",
        urgency: 2,
      },
    ]);
    expect(notificationsFor("department", [ready], calendars, today, { sends: false })).toEqual([]);
    expect(notificationsFor("province", [ready], calendars, today, { sends: true })).toEqual([]);
    const sent = fact(7, "submitted", { readyAt: "2024-06-15T08:00:00Z" });
    expect(notificationsFor("department", [sent], calendars, today, { sends: true })).toEqual([]);
  });
});
