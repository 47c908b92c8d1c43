import type { SubmissionState } from "@/db/schema";
import { deadlineStanding, submissionDueDate, formatViDate, type PlanCalendar } from "@/lib/periods";

export type NotificationKind = "returned" | "ready" | "approved" | "due_soon" | "overdue" | "awaiting_review";

export interface SubmissionFact {
  departmentCode: string;
  departmentName: string;
  year: number;
  month: number;
  state: SubmissionState;
  returnReason: string | null;
  reviewedAt: string | null;
  /** when an officer said the month is entered (lib/workflow/ready.ts), until it is sent */
  readyAt?: string | null;
}

export interface Notification {
  kind: NotificationKind;
  text: string;
  href: string;
  /** for ordering: the most urgent first */
  urgency: number;
}

const DAY = 86_400_000;
const URGENCY: Record<NotificationKind, number> = {
  overdue: 0,
  returned: 1,
  ready: 2,
  due_soon: 3,
  awaiting_review: 4,
  approved: 5,
};

/**
 * In-app notifications (issue 3): for a department, returned and recently approved months and
 * months due within 2 days or overdue; for planners, months awaiting review and overdue ones.
 * Those who send the department's months (`sends`: the dept_head) also hear of months an
 * officer said are entered and that wait for them (issue 16).
 */
export function notificationsFor(
  audience: "department" | "province",
  facts: SubmissionFact[],
  calendars: Map<number, PlanCalendar>,
  today: Date,
  viewer: { sends?: boolean } = {},
): Notification[] {
  const out: Notification[] = [];
  for (const f of facts) {
    const calendar = calendars.get(f.year);
    if (!calendar) continue;
    const due = submissionDueDate(f.year, f.month, calendar);
    const href = `/entry/${f.departmentCode}/${f.year}/${f.month}`;
    const label = `tháng ${f.month}/${f.year}`;
    const who = audience === "province" ? `${f.departmentName}: ` : "";
    const open = f.state === "draft" || f.state === "returned";
    const standing = open ? deadlineStanding(due, today) : null;
    if (standing?.kind === "overdue") {
      out.push({
        kind: "overdue",
        text: `${who}Báo cáo ${label} đã quá hạn gửi (${formatViDate(due)})`,
        href,
        urgency: URGENCY.overdue,
      });
    } else if (standing?.kind === "due_soon") {
      out.push({
        kind: "due_soon",
        text: `${who}Báo cáo ${label} đến hạn gửi ngày ${formatViDate(due)}`,
        href,
        urgency: URGENCY.due_soon,
      });
    }
    if (audience === "department" && f.state === "returned") {
      out.push({
        kind: "returned",
        text: `Báo cáo ${label} bị trả lại: ${f.returnReason ?? ""}`.trim(),
        href,
        urgency: URGENCY.returned,
      });
    }
    if (audience === "department" && viewer.sends && open && f.readyAt) {
      out.push({
        kind: "ready",
        text: `Số liệu ${label} đã nhập xong, chờ gửi báo cáo (hạn ${formatViDate(due)})`,
        href,
        urgency: URGENCY.ready,
      });
    }
    if (
      audience === "department" &&
      f.state === "approved" &&
      f.reviewedAt &&
      today.getTime() - Date.parse(f.reviewedAt) <= 30 * DAY
    ) {
      out.push({ kind: "approved", text: `Báo cáo ${label} đã được duyệt`, href, urgency: URGENCY.approved });
    }
    if (audience === "province" && f.state === "submitted") {
      out.push({
        kind: "awaiting_review",
        text: `${who}Báo cáo ${label} đang chờ duyệt`,
        href,
        urgency: URGENCY.awaiting_review,
      });
    }
  }
  return out.sort((a, b) => a.urgency - b.urgency);
}
