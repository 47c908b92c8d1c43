import "server-only";
import type { Db } from "@/db/client";
import { rawClient } from "@/db/raw";
import type { ReportRow } from "@/lib/reports/province-report";

/** A department's narrative text placed in a section of the draft. */
export interface DepartmentNarrative {
  department: string;
  section: string;
  kind: "highlights" | "difficulties" | "tasks";
  text: string;
}

/** Where narratives without a figure section go: highlights to "I.1", difficulties to "II", tasks to "III". */
export const FIXED_SECTION = { highlights: "I.1", difficulties: "II", tasks: "III" } as const;

/**
 * The departments' narratives of the period's last month. Highlights go after the figures
 * of the section holding most of the department's indicators and result items of the period
 * (`items`); difficulties and tasks go to II and III.
 */
export function loadDraftNarratives(
  db: Db,
  year: number,
  month: number,
  rows: ReportRow[],
  departmentId?: number,
  items: readonly { department: string; section: string }[] = [],
): DepartmentNarrative[] {
  const list = rawClient(db)
    .prepare(
      `SELECT d.code AS department, n.highlights, n.difficulties, n.tasks
         FROM narratives n JOIN departments d ON d.id = n.department_id
        WHERE n.year = ? AND n.month = ? AND (? IS NULL OR n.department_id = ?) ORDER BY d.code`,
    )
    .all(year, month, departmentId ?? null, departmentId ?? null) as {
    department: string;
    highlights: string;
    difficulties: string;
    tasks: string;
  }[];
  const home = homeSections(rows, items);
  const out: DepartmentNarrative[] = [];
  for (const n of list) {
    for (const kind of ["highlights", "difficulties", "tasks"] as const) {
      const text = n[kind].trim();
      if (!text) continue;
      const section =
        kind === "highlights" ? (home.get(n.department) ?? FIXED_SECTION.highlights) : FIXED_SECTION[kind];
      out.push({ department: n.department, section, kind, text });
    }
  }
  return out;
}

/** Each department's section: the one holding most of its indicators and result items. */
function homeSections(
  rows: ReportRow[],
  items: readonly { department: string; section: string }[],
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const count = (department: string, section: string, weight = 1) => {
    const bySection = counts.get(department) ?? new Map<string, number>();
    bySection.set(section, (bySection.get(section) ?? 0) + weight);
    counts.set(department, bySection);
  };
  for (const r of rows) if (r.indicator.sectionCode) count(r.indicator.departmentCode, r.indicator.sectionCode);
  // a result item weighs half an indicator: it decides between sections that hold as many of the department's indicators
  for (const item of items) count(item.department, item.section, 0.5);
  const home = new Map<string, string>();
  for (const [dept, bySection] of counts)
    home.set(dept, [...bySection].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
  return home;
}
