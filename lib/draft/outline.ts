import "server-only";
import type { Db } from "@/db/client";
import { reportSections } from "@/db/schema";

export interface OutlineSection {
  id: number;
  code: string;
  title: string;
  depth: number;
  narrativeOnly: boolean;
}

/** The report outline in reading order: each section followed by its subsections (by sort order). */
export function loadOutline(db: Db): OutlineSection[] {
  const all = db.select().from(reportSections).all();
  const children = (parentId: number | null) =>
    all.filter((s) => (s.parentId ?? null) === parentId).sort((a, b) => a.sortOrder - b.sortOrder);
  const out: OutlineSection[] = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const s of children(parentId)) {
      out.push({ id: s.id, code: s.code, title: s.title, depth, narrativeOnly: s.narrativeOnly });
      walk(s.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The number a heading is written with: "I." for I, "3." for I.3, "3.1." for I.3.1 (seed 000). */
export function headingLabel(code: string): string {
  const parts = code.split(".");
  return `${parts.length === 1 ? parts[0] : parts.slice(1).join(".")}.`;
}

/** The assessment's own code under its section ("I.DG"): not a section of the outline, the generator writes it. */
export const ASSESSMENT_CODE_SUFFIX = "DG";

/**
 * Where đánh giá chung goes: a subsection closing the first part of the report (I), numbered
 * after its last subsection ("7. Đánh giá chung" after "6. Về quốc phòng, …"), written after
 * `after`, the last section of that part in reading order. Null for an empty outline.
 */
export function assessmentPlace(
  outline: Pick<OutlineSection, "code" | "depth">[],
): { section: string; number: number; after: string } | null {
  const top = outline.findIndex((s) => s.depth === 0);
  if (top < 0) return null;
  let end = top;
  while (end + 1 < outline.length && outline[end + 1].depth > 0) end++;
  const children = outline.slice(top + 1, end + 1).filter((s) => s.depth === 1).length;
  return { section: `${outline[top].code}.${ASSESSMENT_CODE_SUFFIX}`, number: children + 1, after: outline[end].code };
}
