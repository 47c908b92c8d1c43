import type { ReportParams } from "@/lib/reports/report-params";
import { dashboardList, dashboardListRow } from "@/lib/reports/dashboard-list";
import type { dashboardModel } from "@/lib/reports/dashboard-model";
import type { PercentDecimals } from "@/lib/numbers";
import type { PaceStatus } from "@/lib/rollup/pace";
import type { DashboardExport } from "./dashboard-xlsx";

/**
 * What the dashboard shows for its filters and chosen status: the page renders it and the
 * Excel export writes it, from the same model (lib/reports/dashboard-model.ts) and the house
 * style's percentages, so the file holds exactly the page's rows.
 */
export function dashboardShown(
  model: ReturnType<typeof dashboardModel>,
  params: Pick<ReportParams, "year" | "period" | "counting" | "section" | "department">,
  status: PaceStatus | null,
  pctDecimals?: PercentDecimals,
): DashboardExport {
  const list = dashboardList(model.rows, status);
  return {
    year: params.year,
    period: params.period,
    counting: params.counting,
    section: params.section ? (model.sections.find((s) => s.value === params.section)?.label ?? params.section) : null,
    department: params.department
      ? (model.departments.find((d) => d.value === params.department)?.label ?? params.department)
      : null,
    status,
    total: model.total,
    counts: model.counts,
    list: list.rows.map((row) => dashboardListRow(row, pctDecimals)),
    more: list.more,
  };
}

/** The page's filters as a query string (empty ones left out), with the status when one is chosen. */
export function dashboardQuery(
  params: Pick<ReportParams, "year" | "period" | "counting" | "section" | "department">,
  status: PaceStatus | null,
): string {
  const query = new URLSearchParams({ year: String(params.year), period: params.period, counting: params.counting });
  if (params.section) query.set("section", params.section);
  if (params.department) query.set("department", params.department);
  if (status) query.set("status", status);
  return query.toString();
}
