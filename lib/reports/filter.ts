import type { PaceStatus } from "@/lib/rollup/pace";
import { searchKey } from "@/lib/text/search";

interface Filterable {
  indicator: { name: string; code: string; sectionCode: string | null; departmentCode: string };
  pace: { status: PaceStatus };
}

/** Section (with its subsections), department and a diacritics-free text search ("kim ngach" finds "kim ngạch"). */
export function filterRows<T extends Filterable>(
  rows: T[],
  filter: { section?: string; department?: string; q?: string },
): T[] {
  const q = filter.q ? searchKey(filter.q) : "";
  return rows.filter(
    (r) =>
      (!filter.section ||
        r.indicator.sectionCode === filter.section ||
        (r.indicator.sectionCode ?? "").startsWith(`${filter.section}.`)) &&
      (!filter.department || r.indicator.departmentCode === filter.department) &&
      (!q || searchKey(r.indicator.name).includes(q) || r.indicator.code.includes(q)),
  );
}

const RANK: Record<PaceStatus, number> = {
  not_achieved: 0,
  at_risk: 1,
  behind: 2,
  not_yet: 3,
  on_track: 4,
  no_data: 5,
  no_target: 6,
  achieved: 7,
  exceeded: 8,
};

/** Indicators at risk first, then behind, …, achieved last. */
export function byRisk<T extends Filterable>(rows: T[]): T[] {
  return [...rows].sort((a, b) => RANK[a.pace.status] - RANK[b.pace.status]);
}

export function countByStatus<T extends Filterable>(rows: T[]): Record<PaceStatus, number> {
  const counts = Object.fromEntries(Object.keys(RANK).map((k) => [k, 0])) as Record<PaceStatus, number>;
  for (const r of rows) counts[r.pace.status] += 1;
  return counts;
}
