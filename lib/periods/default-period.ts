import { MONTH_PERIODS, type ReportPeriod } from "@/db/schema/vocabulary";

/**
 * The period a report page opens on when the user has chosen none (docs/domain.md §4): the
 * widest whole period the submitted data cover. December submitted → the year ("N"); the
 * latest submitted month 9–11 → 9 months; 6–8 → 6 months; 3–5 → the first quarter. Before
 * March no whole period has closed, so the page opens on that month ("T01", "T02"); with
 * nothing submitted yet, on January, the first month that will be.
 */
export function defaultReportPeriod(latestSubmittedMonth: number | null): ReportPeriod {
  const month = latestSubmittedMonth ?? 1;
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Invalid month ${month}`);
  if (month === 12) return "N";
  if (month >= 9) return "9T";
  if (month >= 6) return "6T";
  if (month >= 3) return "Q1";
  return MONTH_PERIODS[month - 1];
}
