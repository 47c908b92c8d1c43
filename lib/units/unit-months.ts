/**
 * Which months of a plan year a reporting unit reports in. A unit is valid for whole plan years
 * (validFrom..validTo), except where it starts or ends within one: the districts report up to
 * June 2025 (validTo 2025, validToMonth 6), the communes and wards from July 2025 (validFrom
 * 2025, validFromMonth 7), as the two-tier local government began on 1 July 2025.
 */
export interface UnitSpan {
  validFrom: number;
  validTo: number | null;
  validFromMonth: number;
  validToMonth: number;
}

export interface MonthRange {
  from: number;
  to: number;
}

/** The months the unit reports in the year, or null in a year it does not exist. */
export function unitMonths(unit: UnitSpan, year: number): MonthRange | null {
  if (year < unit.validFrom || (unit.validTo !== null && year > unit.validTo)) return null;
  const from = year === unit.validFrom ? unit.validFromMonth : 1;
  const to = unit.validTo !== null && year === unit.validTo ? unit.validToMonth : 12;
  return from <= to ? { from, to } : null;
}

export function reportsInMonth(unit: UnitSpan, year: number, month: number): boolean {
  const months = unitMonths(unit, year);
  return months !== null && months.from <= month && month <= months.to;
}

/** Two ranges share a month. */
export const overlaps = (a: MonthRange, b: MonthRange) => a.from <= b.to && b.from <= a.to;

/** "tháng 7/2025 đến tháng 12/2025" style wording of a unit's reporting months, for refusals. */
export function monthsPhrase(range: MonthRange, year: number): string {
  if (range.from === 1 && range.to === 12) return `cả năm ${year}`;
  if (range.from === range.to) return `tháng ${range.from}/${year}`;
  return `từ tháng ${range.from} đến tháng ${range.to}/${year}`;
}

/** The refusal of a month the unit does not report in (null when it does). */
export function notReportingMessage(unit: UnitSpan & { name: string }, year: number, month: number): string | null {
  if (reportsInMonth(unit, year, month)) return null;
  const months = unitMonths(unit, year);
  return months
    ? `${unit.name} chỉ báo cáo ${monthsPhrase(months, year)}, không báo cáo tháng ${month}/${year}`
    : `${unit.name} không có hiệu lực năm ${year}`;
}
