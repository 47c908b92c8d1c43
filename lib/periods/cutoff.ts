/**
 * Data cut-off windows (Nghị định 09/2019/NĐ-CP as implemented locally): a month's data runs
 * from the (cutoffDay+1)th of the previous month to the cutoffDay-th of the month; the
 * submission is due on the dueDay-th (of the same month when dueDay > cutoffDay, else the next).
 */
export interface PlanCalendar {
  cutoffDay: number; // e.g. 14
  dueDay: number; // e.g. 17
}

export interface DateWindow {
  from: Date;
  to: Date;
}

function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** Window of months start..end of `year` (e.g. 6 months: 15/12 of last year to 14/6). */
export function cutoffWindow(year: number, startMonth: number, endMonth: number, calendar: PlanCalendar): DateWindow {
  return {
    from: utcDate(year, startMonth - 2, calendar.cutoffDay + 1),
    to: utcDate(year, endMonth - 1, calendar.cutoffDay),
  };
}

/** Due date of a department's submission for a month. */
export function submissionDueDate(year: number, month: number, calendar: PlanCalendar): Date {
  const monthIndex = calendar.dueDay > calendar.cutoffDay ? month - 1 : month;
  return utcDate(year, monthIndex, calendar.dueDay);
}

/** "05/01/2024": day and month with a leading zero, as in official documents. */
export function formatViDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}
