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
        // the badge in a column of its own (above the text on a phone), the reason under the
        // name it explains: wrapped lines start where the text starts, not under the badge
        <li
          key={row.code}
          className="grid items-start gap-x-3 gap-y-1 px-3 py-2 text-sm sm:grid-cols-[9.5rem_minmax(0,1fr)]"
          data-risk={row.code}
        >
          <span className="sm:pt-0.5">
            <PaceBadge status={row.status} />
          </span>
          <div>
            <a href={`/indicators/${row.code}?${query}`} className="font-medium text-brand-800 hover:underline">
              {row.name}
            </a>
            <p className="text-slate-600" data-risk-reason>
              {row.reason}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
