import type { PlanYearStatus, Role, SubmissionState } from "@/db/schema/vocabulary";
import type { MonthRange } from "@/lib/units/unit-months";
import { deadlineStanding, submissionDueDate, type DeadlineStanding } from "@/lib/periods";

/** What the reminder rule reads, as plain rows (lib/reminders/store.ts reads them). */
export interface ReminderFacts {
  planYears: { year: number; status: PlanYearStatus; cutoffDay: number; dueDay: number }[];
  /** the departments of each plan year: those with an indicator assigned in it */
  planDepartments: { year: number; id: number; code: string; name: string; months: MonthRange }[];
  submissions: {
    departmentId: number;
    year: number;
    month: number;
    state: SubmissionState;
    returnReason: string | null;
  }[];
  users: {
    id: number;
    fullName: string;
    role: Role;
    departmentId: number | null;
    active: boolean;
    email: string | null;
  }[];
}

export interface ReminderRecipient {
  userId: number;
  fullName: string;
  email: string;
}

/** One department month still to be submitted, due within two days or overdue, and who to tell. */
export interface DueMonth {
  department: { id: number; code: string; name: string };
  year: number;
  month: number;
  due: Date;
  standing: NonNullable<DeadlineStanding>;
  state: "draft" | "returned";
  returnReason: string | null;
  /** the department's active officers and head with an e-mail address; may be empty */
  recipients: ReminderRecipient[];
}

/** Roles told about their department's months: the officers who enter the figures and the head who submits them. */
const REMINDED_ROLES: readonly Role[] = ["officer", "dept_head"];

/**
 * The department months to remind about on `today` (a UTC midnight): every month of an open
 * plan year, for each department of its plan, that is not submitted or approved (a month never
 * started is a draft; a returned one must be sent again) and is overdue or due within two days
 * by the year's cut-off and due days (`deadlineStanding`, the rule of the in-app notifications).
 * Most overdue first.
 */
export function dueMonths(facts: ReminderFacts, today: Date): DueMonth[] {
  const state = new Map(facts.submissions.map((s) => [`${s.departmentId}:${s.year}:${s.month}`, s]));
  const out: DueMonth[] = [];
  for (const plan of facts.planYears) {
    if (plan.status !== "open") continue;
    for (const department of facts.planDepartments.filter((d) => d.year === plan.year)) {
      // a unit starting or ending within the year (communes from July 2025) is reminded of its own months
      for (let month = department.months.from; month <= department.months.to; month++) {
        const submission = state.get(`${department.id}:${plan.year}:${month}`);
        const current = submission?.state ?? "draft";
        if (current !== "draft" && current !== "returned") continue;
        const due = submissionDueDate(plan.year, month, plan);
        const standing = deadlineStanding(due, today);
        if (!standing) continue;
        out.push({
          department: { id: department.id, code: department.code, name: department.name },
          year: plan.year,
          month,
          due,
          standing,
          state: current,
          returnReason: submission?.returnReason ?? null,
          recipients: recipientsOf(facts.users, department.id),
        });
      }
    }
  }
  return out.sort((a, b) => a.due.getTime() - b.due.getTime() || a.department.code.localeCompare(b.department.code));
}

function recipientsOf(users: ReminderFacts["users"], departmentId: number): ReminderRecipient[] {
  return users
    .filter((u) => u.active && u.departmentId === departmentId && REMINDED_ROLES.includes(u.role))
    .filter((u) => u.email !== null && u.email.trim() !== "")
    .map((u) => ({ userId: u.id, fullName: u.fullName, email: u.email!.trim() }));
}
