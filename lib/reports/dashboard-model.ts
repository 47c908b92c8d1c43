import "server-only";
import type { Db } from "@/db/client";
import { rawClient } from "@/db/raw";
import { listDepartmentsForYear } from "@/lib/catalogue/queries";
import { monthSeries, targetBySource } from "@/lib/rollup";
import { entryKey, loadEntries } from "./entries";
import { byRisk, countByStatus, filterRows } from "./filter";
import { HEADLINE_CODES } from "./headlines";
import { provinceReport, type ReportRow } from "./province-report";
import { cachedRead } from "@/db/read-cache";
import type { ReportParams } from "./report-params";
import { listSections } from "./sections";

export const RISK_LIST_LIMIT = 25;

/** Everything the leader dashboard shows for a set of filters, computed once per data change. */
export function dashboardModel(db: Db, params: ReportParams) {
  const key = `dashboard:${params.year}:${params.period}:${params.counting}:${params.section}:${params.department}`;
  return cachedRead(rawClient(db), key, () => {
    const all = provinceReport(db, { year: params.year, period: params.period, counting: params.counting });
    const rows = filterRows(all, params);
    const allRisky = byRisk(rows).filter(
      (r) => r.pace.status === "not_achieved" || r.pace.status === "at_risk" || r.pace.status === "behind",
    );
    const headline = HEADLINE_CODES.map((code) => all.find((r) => r.indicator.code === code)).filter(
      (r): r is ReportRow => r !== undefined,
    );
    const entries = loadEntries(db, [params.year, params.year - 1], params.counting);
    const charts = headline
      .filter((r) => r.indicator.kind !== "rate")
      .map((row) => ({
        row,
        series: monthSeries(
          row.indicator.kind,
          entries.get(entryKey(row.indicator.id, params.year)) ?? {},
          entries.get(entryKey(row.indicator.id, params.year - 1)) ?? {},
          targetBySource(row.indicator.targets)?.value ?? null,
        ),
      }));
    return {
      total: rows.length,
      counts: countByStatus(rows),
      risky: allRisky.slice(0, RISK_LIST_LIMIT),
      moreRisky: Math.max(0, allRisky.length - RISK_LIST_LIMIT),
      headline,
      charts,
      sections: listSections(db).map((s) => ({ value: s.code, label: `${s.code} ${s.title}` })),
      departments: listDepartmentsForYear(db, params.year).map((d) => ({ value: d.code, label: d.name })),
    };
  });
}
