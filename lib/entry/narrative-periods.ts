import { monthPeriod, periodLabel, periodsClosingIn, type PeriodCode } from "@/lib/periods";

/**
 * The reports a month's narrative is the department's narrative for: its own monthly report,
 * and every period the month closes (March: quý I; June: quý II and 6 tháng; September: quý III
 * and 9 tháng; December: quý IV and năm). Pure: the entry form says so in the browser.
 */
export function narrativeReportPeriods(month: number): PeriodCode[] {
  return [monthPeriod(month), ...periodsClosingIn(month)];
}

/** "Nội dung tháng 6 là phần thuyết minh của sở trong báo cáo quý II/2023 và 6 tháng đầu năm 2023", or null for a month that closes no longer period. */
export function narrativeNotice(year: number, month: number): string | null {
  const longer = periodsClosingIn(month);
  if (longer.length === 0) return null;
  const labels = longer.map((p) => `báo cáo ${periodLabel(p, year)}`);
  return `Nội dung tháng ${month} là phần thuyết minh của sở trong ${labels.join(" và ")} (cùng báo cáo tháng ${month}).`;
}
