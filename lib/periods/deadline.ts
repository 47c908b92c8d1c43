/**
 * Where a month still to be submitted stands against its due date: overdue from the day after
 * the due date, due soon from two days before it (the in-app notifications and the e-mail
 * reminders share this rule). Dates are UTC midnights of calendar days, as `submissionDueDate`.
 */
export type DeadlineStanding = { kind: "overdue"; daysLate: number } | { kind: "due_soon"; daysLeft: number } | null;

const DAY = 86_400_000;
/** a month is "due soon" this many days before its due date */
export const DUE_SOON_DAYS = 2;

export function deadlineStanding(due: Date, today: Date): DeadlineStanding {
  const ahead = due.getTime() - today.getTime();
  if (ahead <= -DAY) return { kind: "overdue", daysLate: Math.floor(-ahead / DAY) };
  if (ahead <= DUE_SOON_DAYS * DAY) return { kind: "due_soon", daysLeft: Math.max(0, Math.ceil(ahead / DAY)) };
  return null;
}
