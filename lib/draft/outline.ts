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
  const children = (parentId: number | null) => all.filter((s) => (s.parentId ?? null) === parentId).sort((a, b) => a.sortOrder - b.sortOrder);
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
