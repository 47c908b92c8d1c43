import type { PercentDecimals } from "@/lib/numbers";
import { PACE_STATUSES, type PaceReason, type PaceStatus } from "@/lib/rollup/pace";
import { byRisk } from "./filter";
import { paceReasonText } from "./pace-labels";

/** How many indicators needing attention the dashboard lists when no status is chosen (the rest: the summary). */
export const RISK_LIST_LIMIT = 25;

/** The statuses the dashboard's list shows by default: the indicators that need attention. */
export const ATTENTION_STATUSES: readonly PaceStatus[] = ["not_achieved", "at_risk", "behind"];

/** `?status=` of the dashboard and its export: a pace status, else none (the default list). */
export function dashboardStatusParam(raw: string | string[] | undefined | null): PaceStatus | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (PACE_STATUSES as readonly string[]).includes(value ?? "") ? (value as PaceStatus) : null;
}

interface Listable {
  indicator: { name: string; code: string; sectionCode: string | null; departmentCode: string };
  pace: { status: PaceStatus };
}

/**
 * The dashboard's list, the one the page shows and the Excel export writes: with a status
 * chosen (a status count clicked), every indicator of that status in the report's order; else
 * the ones needing attention, worst first, the first RISK_LIST_LIMIT and how many more.
 */
export function dashboardList<T extends Listable>(rows: T[], status: PaceStatus | null): { rows: T[]; more: number } {
  if (status) return { rows: rows.filter((r) => r.pace.status === status), more: 0 };
  const attention = byRisk(rows).filter((r) => ATTENTION_STATUSES.includes(r.pace.status));
  return { rows: attention.slice(0, RISK_LIST_LIMIT), more: Math.max(0, attention.length - RISK_LIST_LIMIT) };
}

/** A line of the list as the page shows it and the export writes it. */
export interface DashboardListRow {
  code: string;
  name: string;
  unit: string;
  status: PaceStatus;
  reason: string;
}

/** The list's line of a report row: the status's reason in words (lib/reports/pace-labels.ts), percentages in the house style. */
export function dashboardListRow(
  row: {
    indicator: { code: string; name: string; unit: string; precision: number; pctPrecision: number };
    pace: { status: PaceStatus; reason: PaceReason };
  },
  pctDecimals?: PercentDecimals,
): DashboardListRow {
  return {
    code: row.indicator.code,
    name: row.indicator.name,
    unit: row.indicator.unit,
    status: row.pace.status,
    reason: paceReasonText(row.pace.reason, row.indicator, pctDecimals),
  };
}
