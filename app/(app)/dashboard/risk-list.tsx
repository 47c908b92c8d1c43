"use client";
import type { PaceStatus } from "@/lib/rollup/pace";
import { PaceBadge } from "../_components/pace-badge";

export interface RiskRow {
  code: string;
  name: string;
  status: PaceStatus;
  reason: string;
}

/**
 * The indicators behind or at risk, worst first. A client component: the page sends the rows
 * as data and the list is rendered once, instead of once as server components and again from
 * their payload. Plain links: up to 25 of them, and the indicator page is not worth
 * prefetching 25 times.
 */
export function RiskList({ rows, query }: { rows: RiskRow[]; query: string }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {rows.map((row) => (
        <li key={row.code} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm" data-risk={row.code}>
          <PaceBadge status={row.status} />
          <a href={`/indicators/${row.code}?${query}`} className="font-medium text-brand-800 hover:underline">
            {row.name}
          </a>
          <span className="text-slate-600">— {row.reason}</span>
        </li>
      ))}
    </ul>
  );
}
