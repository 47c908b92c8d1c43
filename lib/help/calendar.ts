import { cutoffWindow, formatViDate, submissionDueDate, type PlanCalendar } from "@/lib/periods/cutoff";

/** A month of the cycle as the guide states it: whose data it holds and when it is due. */
export interface MonthCycle {
  month: number;
  year: number;
  /** first and last day of the month's data, "15/05/2024" */
  dataFrom: string;
  dataTo: string;
  /** the day the department's head must have sent it */
  due: string;
}

/** The data window and due date of a month under a plan year's calendar (lib/periods/cutoff.ts). */
export function monthCycle(year: number, month: number, calendar: PlanCalendar): MonthCycle {
  const window = cutoffWindow(year, month, month, calendar);
  return {
    month,
    year,
    dataFrom: formatViDate(window.from),
    dataTo: formatViDate(window.to),
    due: formatViDate(submissionDueDate(year, month, calendar)),
  };
}

/** "90%" for the at-risk ratio 0.9; "3 lần" for a jump factor of 3. */
export function ratioPercent(ratio: number): string {
  return `${String(Math.round(ratio * 1000) / 10).replace(".", ",")}%`;
}
