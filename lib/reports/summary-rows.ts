import { formatTarget } from "@/lib/catalogue/format";
import { indicatorFormat, type IndicatorFormat, type PercentDecimals } from "@/lib/numbers";
import { periodHasRates, periodSpan, type PeriodCode } from "@/lib/periods";
import { previousPeriod, targetBySource } from "@/lib/rollup";
import { searchKey } from "@/lib/text/search";
import type { ReportRow } from "./province-report";
import type { SummaryRow } from "@/db/schema/draft-content";

/** Stored with the draft versions (their appendix), so defined with them. */
export type { SummaryRow } from "@/db/schema/draft-content";

/** The comparison column says which comparison it holds: a ratio for amounts, points for indicators in %. */
export const COMPARISON_HEADER = "So cùng kỳ (%; chỉ tiêu tỷ lệ: ± điểm %)";

/** A month or quarter that does not start in January: its biểu has the period's own column and the year to date. */
export function hasInPeriodColumn(period: PeriodCode): boolean {
  return previousPeriod(period) !== null && periodSpan(period).start > 1;
}

/**
 * Numbers rows in outline order: 1, 2, … and 1.1, 1.2 for the parts of a whole. With the
 * period, rates are left out where they are not entered (a month, Q2, Q3) and a month or
 * quarter gets its own figure beside the year to date.
 */
export function summaryRows(
  all: ReportRow[],
  period?: PeriodCode,
  pctDecimals: PercentDecimals = "as_needed",
): SummaryRow[] {
  const rows = period && !periodHasRates(period) ? all.filter((r) => r.indicator.kind !== "rate") : all;
  const sliced = period !== undefined && hasInPeriodColumn(period);
  let top = 0;
  const childCount = new Map<string, number>();
  const sttOf = new Map<string, string>();
  return rows.map((r) => {
    const i = r.indicator;
    let stt: string;
    if (i.parentCode && sttOf.has(i.parentCode)) {
      const n = (childCount.get(i.parentCode) ?? 0) + 1;
      childCount.set(i.parentCode, n);
      stt = `${sttOf.get(i.parentCode)}.${n}`;
    } else {
      top += 1;
      stt = String(top);
    }
    sttOf.set(i.code, stt);
    const target = targetBySource(i.targets) ?? i.targets[0];
    const points = i.kind === "rate" || i.unit.startsWith("%");
    return {
      stt,
      code: i.code,
      name: i.name,
      search: searchKey(`${i.name} ${i.code}`),
      section: i.sectionCode ?? "",
      sectionTitle: i.sectionTitle ?? "",
      unit: i.unit,
      plan: target ? formatTarget(target) : "",
      planValue: target?.value ?? target?.min ?? target?.max ?? null,
      inPeriod: sliced && i.kind === "cumulative" ? r.inPeriodValue : null,
      value: r.value,
      estimate: r.valueStatus === "estimate",
      pctOfPlan: r.pctOfPlan,
      lastYear: r.lastYearValue,
      vsLastYear: points
        ? r.value === null || r.lastYearValue === null
          ? null
          : r.value - r.lastYearValue
        : r.changeRatio,
      rate: i.kind === "rate",
      points,
      precision: i.precision,
      pctPrecision: i.pctPrecision,
      changePrecision: i.changePrecision,
      ...(pctDecimals === "fixed2" ? { fixedPct: true } : {}),
      child: Boolean(i.parentCode),
    };
  });
}

/** A biểu row's formatter (lib/numbers/indicator-format.ts): the page, the .xlsx, the .docx and the Markdown write its figures alike. */
export function summaryRowFormat(r: SummaryRow): IndicatorFormat {
  return indicatorFormat(
    {
      unit: r.unit,
      kind: r.rate ? "rate" : "other",
      precision: r.precision,
      pctPrecision: r.pctPrecision,
      changePrecision: r.changePrecision,
    },
    r.fixedPct ? "fixed2" : "as_needed",
  );
}

/** A biểu row's figures as text, null where it has none: % of plan without "%", the comparison in points ("+0,35 điểm") or as a ratio ("101,1"). */
export function summaryRowFigures(r: SummaryRow) {
  const f = summaryRowFormat(r);
  const text = (v: number | null | undefined, write: (v: number) => string) => (v == null ? null : write(v));
  return {
    plan: r.plan || null,
    inPeriod: text(r.inPeriod, f.value),
    value: text(r.value, f.value),
    pctOfPlan: text(r.pctOfPlan, f.pctOfPlanDigits),
    lastYear: text(r.lastYear, f.value),
    vsLastYear: text(r.vsLastYear, (r.points ?? r.rate) ? f.points : f.changeDigits),
  };
}
