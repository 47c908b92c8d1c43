import "server-only";
import type { Db } from "@/db/client";
import type { ResultFigure } from "@/db/schema";
import { rawClient } from "@/db/raw";
import { periodSpan, type PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/db/schema/vocabulary";
import { renderItem } from "@/lib/results/text";
import type { DraftBlock, ParagraphBlock, Run } from "./model";

/** A department's result item (kết quả, sự kiện) as the draft reads it. */
export interface DraftResultItem {
  id: number;
  department: string;
  year: number;
  month: number;
  date: string;
  section: string;
  text: string;
  figures: ResultFigure[];
}

const COUNTED_STATES: Record<CountingMode, string[] | null> = {
  approved: ["approved"],
  submitted: ["approved", "submitted"],
  all: null,
};

/**
 * The result items a report states: those of the report's year dated in its months (a month:
 * that month; a quarter: its three months; 6, 9 months and the year: January to the period's
 * last month), of submissions that count as the figures do, in date order.
 */
export function loadDraftResults(
  db: Db,
  request: { year: number; period: PeriodCode; counting: CountingMode; departmentId?: number },
): DraftResultItem[] {
  const { start, end } = periodSpan(request.period);
  const mm = (m: number) => String(m).padStart(2, "0");
  const states = COUNTED_STATES[request.counting];
  const rows = rawClient(db)
    .prepare(
      `SELECT r.id, d.code AS department, r.year, r.month, r.date, r.section_code AS section, r.text, r.figures, s.state
         FROM result_items r
         JOIN departments d ON d.id = r.department_id
         LEFT JOIN submissions s ON s.department_id = r.department_id AND s.year = r.year AND s.month = r.month
        WHERE r.date >= ? AND r.date <= ? AND (? IS NULL OR r.department_id = ?)
        ORDER BY r.date, r.id`,
    )
    .all(
      `${request.year}-${mm(start)}-01`,
      `${request.year}-${mm(end)}-31`,
      request.departmentId ?? null,
      request.departmentId ?? null,
    ) as (Omit<DraftResultItem, "figures"> & { figures: string; state: string | null })[];
  return rows
    .filter((r) => states === null || states.includes(r.state ?? "draft"))
    .map(({ state: _state, figures, ...r }) => ({ ...r, figures: JSON.parse(figures) as ResultFigure[] }));
}

/** An item's paragraph: its words and figures as runs linked to the item; null when a zero figure leaves it with nothing to say. */
export function resultParagraph(item: DraftResultItem): ParagraphBlock | null {
  const segments = renderItem(item.text, item.figures);
  if (segments === null) return null;
  const link = { id: item.id, department: item.department, year: item.year, month: item.month };
  const runs: Run[] = segments.map((s) => ({
    text: s.text,
    result: { ...link, ...(s.figure !== undefined ? { figure: s.figure } : {}), generated: s.text },
  }));
  const last = runs[runs.length - 1];
  if (!/[.!?]$/.test(last.text)) runs.push({ text: "." });
  return {
    id: `r:${item.id}`,
    type: "paragraph",
    section: item.section,
    origin: "result",
    department: item.department,
    runs,
  };
}

/** A section's blocks with its result items after the indicator sentences (before the departments' narratives). */
export function withResultItems(blocks: DraftBlock[], section: string, items: DraftResultItem[]): DraftBlock[] {
  const paragraphs = items
    .filter((i) => i.section === section)
    .map(resultParagraph)
    .filter((p): p is ParagraphBlock => p !== null);
  if (paragraphs.length === 0) return blocks;
  const at = blocks.findIndex((b) => b.type === "paragraph" && b.origin === "narrative");
  return at < 0 ? [...blocks, ...paragraphs] : [...blocks.slice(0, at), ...paragraphs, ...blocks.slice(at)];
}
