import "server-only";
import type { Db } from "@/db/client";
import { rawClient } from "@/db/raw";
import { listDepartmentsForYear } from "@/lib/catalogue/queries";
import { monthSeries, targetBySource } from "@/lib/rollup";
import { entryKey, loadEntries } from "./entries";
import { countByStatus, filterRows } from "./filter";
import { HEADLINE_CODES } from "./headlines";
import { provinceReport, type ReportRow } from "./province-report";
import { cachedRead } from "@/db/read-cache";
import type { ReportParams } from "./report-params";
import { listSections } from "./sections";
import { predecessorsFrom } from "@/lib/units/predecessors";

/** Everything the leader dashboard shows for a set of filters, computed once per data change. */
export function dashboardModel(
  db: Db,
  params: Pick<ReportParams, "year" | "period" | "counting" | "section" | "department">,
) {
  const key = `dashboard:${params.year}:${params.period}:${params.counting}:${params.section}:${params.department}`;
  return cachedRead(rawClient(db), key, () => {
    const all = provinceReport(db, { year: params.year, period: params.period, counting: params.counting });
    const units = listDepartmentsForYear(db, params.year);
    // one unit's indicators are its own report: a district's or commune's are its shares, which
    // the province's list leaves out (lib/units)
    const unit = params.department ? units.find((d) => d.code === params.department) : undefined;
    const rows = unit
      ? filterRows(
          provinceReport(db, {
            year: params.year,
            period: params.period,
            counting: params.counting,
            departmentId: unit.id,
          }),
          { section: params.section },
        )
      : filterRows(all, { section: params.section, department: params.department });
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
      /** the indicators under the filters, for the list (lib/reports/dashboard-list.ts dashboardList) */
      rows,
      headline,
      charts,
      sections: listSections(db).map((s) => ({ value: s.code, label: `${s.code} ${s.title}` })),
      departments: units.map((d) => ({ value: d.code, label: d.name })),
      /** the unit filtered on and the units it carries on from this year (a merger, the 2025 reorganisation): last year's figures are theirs */
      succession: unit ? { unit: unit.name, predecessors: predecessorsFrom(db, unit.id, params.year) } : null,
    };
  });
}
