import { periodSpan, type PeriodCode } from "@/lib/periods";
import type { ReportRow } from "@/lib/reports/province-report";
import { periodPhrase } from "./phrases";

/**
 * The indicators sections II and III speak of: those behind their pace, at risk of missing
 * the year's plan, or (once the year is over) not achieved. Pure, from the report rows.
 */
export type Lag = "behind" | "at_risk" | "not_achieved";

export interface LaggingIndicator {
  row: ReportRow;
  lag: Lag;
}

/** A period ending in December closes the year: its statuses are final (achieved or not). */
export function closesYear(period: PeriodCode): boolean {
  return periodSpan(period).end === 12;
}

/** How an indicator lags in a period, from its pace status; null when it does not. */
export function lagOf(row: Pick<ReportRow, "pace" | "value">, period: PeriodCode): Lag | null {
  if (row.value === null) return null;
  const status: string = row.pace.status;
  if (status === "behind") return closesYear(period) ? "not_achieved" : "behind";
  if (status === "at_risk") return closesYear(period) ? "not_achieved" : "at_risk";
  if (status === "not_achieved") return "not_achieved";
  return null;
}

/**
 * The lagging indicators in the order of the report rows (the outline's). A part is left out
 * when its whole lags too: the whole speaks for it, as in the sentences of section I.
 */
export function laggingIndicators(rows: ReportRow[], period: PeriodCode): LaggingIndicator[] {
  const lags = new Map<string, Lag>();
  for (const row of rows) {
    const lag = lagOf(row, period);
    if (lag) lags.set(row.indicator.code, lag);
  }
  return rows
    .filter((r) => lags.has(r.indicator.code) && !(r.indicator.parentCode && lags.has(r.indicator.parentCode)))
    .map((row) => ({ row, lag: lags.get(row.indicator.code)! }));
}

/** Indicators grouped by their report section, sections in the order they first appear. */
export function bySection(
  items: LaggingIndicator[],
): { section: string | null; title: string | null; items: LaggingIndicator[] }[] {
  const groups = new Map<string | null, { section: string | null; title: string | null; items: LaggingIndicator[] }>();
  for (const item of items) {
    const key = item.row.indicator.sectionCode;
    const group = groups.get(key) ?? { section: key, title: item.row.indicator.sectionTitle, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * An indicator's name inside a sentence: its catalogue name with the first letter in lower case
 * (an acronym such as "GRDP" keeps it) and without a trailing explanation in brackets
 * ("Sản phẩm OCOP được xếp hạng (lũy kế)" → "sản phẩm OCOP được xếp hạng"; "(GRDP)" stays).
 */
export function clauseName(indicator: Pick<ReportRow["indicator"], "name">): string {
  const name = indicator.name.trim().replace(/\s*\([^()]*\p{Ll}[^()]*\)$/u, "");
  return lowerFirstWord(name);
}

/** A rate is named as its sentence names it ("Tổng sản phẩm trên địa bàn (GRDP)"), not "Tốc độ tăng …". */
export function rateName(indicator: Pick<ReportRow["indicator"], "name" | "sentenceName" | "parentCode">): string {
  if (indicator.sentenceName && !indicator.parentCode) return lowerFirstWord(indicator.sentenceName);
  return lowerFirstWord(clauseName(indicator).replace(/^tốc độ tăng\s+/i, ""));
}

export function lowerFirstWord(text: string): string {
  const first = text.split(/\s/, 1)[0];
  if (first.length > 1 && first === first.toLocaleUpperCase("vi")) return text;
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/**
 * What the year-to-date figures of a period cover, as II and the assessment say it:
 * "6 tháng đầu năm", "9 tháng", "năm 2024", "tháng 1", and "lũy kế 10 tháng" for a month or
 * quarter (whose % of plan is the year to date).
 */
export function scopePhrase(period: PeriodCode, year: number): string {
  if (period === "6T" || period === "9T" || period === "N") return periodPhrase(period, year);
  const end = periodSpan(period).end;
  if (end === 12) return `năm ${year}`;
  return end === 1 ? "tháng 1" : `lũy kế ${end} tháng`;
}

/** Months left in the year after the period. */
export function remainingMonths(period: PeriodCode): number {
  return 12 - periodSpan(period).end;
}
