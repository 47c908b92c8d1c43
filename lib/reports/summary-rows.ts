import { formatTarget } from "@/lib/catalogue/format";
import { targetBySource } from "@/lib/rollup";
import { searchKey } from "@/lib/text/search";
import type { ReportRow } from "./province-report";
import type { SummaryRow } from "@/db/schema/draft-content";

/** Stored with the draft versions (their appendix), so defined with them. */
export type { SummaryRow } from "@/db/schema/draft-content";

/** Numbers rows in outline order: 1, 2, … and 1.1, 1.2 for the parts of a whole. */
export function summaryRows(rows: ReportRow[]): SummaryRow[] {
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
    return {
      stt,
      code: i.code,
      name: i.name,
      search: searchKey(`${i.name} ${i.code}`),
      section: i.sectionCode ?? "",
      sectionTitle: i.sectionTitle ?? "",
      unit: i.unit,
      plan: target ? formatTarget(target, i.precision) : "",
      planValue: target?.value ?? target?.min ?? target?.max ?? null,
      value: r.value,
      estimate: r.valueStatus === "estimate",
      pctOfPlan: r.pctOfPlan,
      lastYear: r.lastYearValue,
      vsLastYear: i.kind === "rate" ? r.changePoints : r.changeRatio,
      rate: i.kind === "rate",
      precision: i.precision,
      pctPrecision: i.pctPrecision,
      changePrecision: i.changePrecision,
      child: Boolean(i.parentCode),
    };
  });
}
