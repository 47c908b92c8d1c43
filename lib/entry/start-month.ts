import { submissionDueDate, type PlanCalendar } from "@/lib/periods/cutoff";
import type { SubmissionState } from "@/db/schema/vocabulary";

/** A month is sent once the department head has submitted it (or the province approved it). */
const isSent = (state: SubmissionState | undefined) => state === "submitted" || state === "approved";

/**
 * The month an officer starts from on their year page ("Nhập số liệu tháng …"): the month
 * whose report is due now, the first of the year whose due date (the plan year's cut-offs,
 * submissionDueDate) is today or later: on 2/12 with the due day 17, December; on 18/12,
 * next year's January, so in that year it is none. When every due date of the year has
 * passed (a past year), the first month not yet sent, else December. Dates are UTC
 * midnights of calendar days, as submissionDueDate's.
 */
export function startMonth(
  year: number,
  calendar: PlanCalendar,
  today: Date,
  states: ReadonlyMap<number, SubmissionState>,
): number {
  for (let month = 1; month <= 12; month++) {
    if (submissionDueDate(year, month, calendar).getTime() >= today.getTime()) return month;
  }
  for (let month = 1; month <= 12; month++) if (!isSent(states.get(month))) return month;
  return 12;
}

/**
 * The start action's words: "Nhập số liệu tháng 12/2024" while the month is the department's
 * to fill in (not started, in progress, returned); "Xem số liệu tháng 12/2024" once it is sent.
 */
export function startLabel(month: number, year: number, state: SubmissionState | undefined): string {
  return `${isSent(state) ? "Xem" : "Nhập"} số liệu tháng ${month}/${year}`;
}

/** Today's calendar day in Vietnam as a UTC midnight, to compare with due dates. */
export function vietnamToday(now = new Date()): Date {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}
