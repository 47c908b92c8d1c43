import "server-only";
import type { Db } from "@/db/client";
import { periodLabel, periodSpan, type PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/lib/reports/entries";
import { provinceReport, type ReportRow } from "@/lib/reports/province-report";
import { summaryRows } from "@/lib/reports/summary-rows";
import type { DraftBlock, DraftDocument, MissingFigure, ParagraphBlock } from "./model";
import { loadDraftNarratives, type DepartmentNarrative } from "./narratives";
import { headingLabel, loadOutline, type OutlineSection } from "./outline";
import { indicatorRuns, type SentenceInput } from "./sentence";

export interface DraftRequest {
  year: number;
  period: PeriodCode;
  counting?: CountingMode;
}

/** The subject of the report: "tình hình kinh tế - xã hội 6 tháng đầu năm 2023". */
export function draftSubject(year: number, period: PeriodCode): string {
  const label = periodLabel(period, year).replace(/^(tháng \d+|quý [IV]+)\/(\d{4})$/, "$1 năm $2");
  return `tình hình kinh tế - xã hội ${label}`;
}

/** Generates the draft báo cáo of a period from the figures that count (domain.md §7). */
export function generateDraft(db: Db, request: DraftRequest): DraftDocument {
  const counting = request.counting ?? "submitted";
  const rows = provinceReport(db, { year: request.year, period: request.period, counting });
  const outline = loadOutline(db);
  const narratives = loadDraftNarratives(db, request.year, periodSpan(request.period).end, rows);
  const blocks: DraftBlock[] = [];
  const missing: MissingFigure[] = [];
  for (const section of outline) blocks.push(...sectionBlocks(section, rows, narratives, request, missing));
  return {
    year: request.year,
    period: request.period,
    counting,
    generatedAt: new Date().toISOString(),
    subject: draftSubject(request.year, request.period),
    blocks,
    missing,
    summary: summaryRows(rows),
  };
}

/** One section's blocks: its heading, a sentence per top-level indicator, then the narratives that belong to it. */
export function sectionBlocks(
  section: OutlineSection,
  rows: ReportRow[],
  narratives: DepartmentNarrative[],
  request: DraftRequest,
  missing: MissingFigure[],
): DraftBlock[] {
  const title = section.depth === 0 && section.code === "I" ? `${section.title} ${draftSubject(request.year, request.period).replace(/^tình hình kinh tế - xã hội /, "")}` : section.title;
  const blocks: DraftBlock[] = [
    { id: `s:${section.code}`, type: "heading", level: Math.min(section.depth + 1, 3) as 1 | 2 | 3, section: section.code, text: `${headingLabel(section.code)} ${section.depth === 0 ? title.toLocaleUpperCase("vi") : title}` },
  ];
  const inSection = rows.filter((r) => r.indicator.sectionCode === section.code);
  const codes = new Set(inSection.map((r) => r.indicator.code));
  for (const row of inSection) {
    if (row.indicator.parentCode && codes.has(row.indicator.parentCode)) continue;
    const runs = indicatorRuns(sentenceInput(rows, row, request));
    if (runs === null) {
      missing.push({ indicator: row.indicator.code, name: row.indicator.name, section: section.code, reason: missingReason(row) });
      continue;
    }
    runs.push({ text: "." });
    blocks.push({ id: `i:${row.indicator.code}`, type: "paragraph", section: section.code, origin: "indicator", indicator: row.indicator.code, runs });
  }
  for (const n of narratives.filter((x) => x.section === section.code)) blocks.push(narrativeBlock(n));
  return blocks;
}

function sentenceInput(rows: ReportRow[], row: ReportRow, request: DraftRequest): SentenceInput {
  const parts = rows.filter((r) => r.indicator.parentCode === row.indicator.code).map((r) => ({ indicator: r.indicator, figures: r, year: request.year, period: request.period }));
  return { indicator: row.indicator, figures: row, year: request.year, period: request.period, parts };
}

function narrativeBlock(n: DepartmentNarrative): ParagraphBlock {
  return { id: `n:${n.department}:${n.kind}`, type: "paragraph", section: n.section, origin: "narrative", department: n.department, runs: [{ text: n.text }] };
}

/** Why a figure is missing, in words for the planner. */
export function missingReason(row: ReportRow): string {
  if (row.missingMonths.length > 0) return `thiếu số liệu tháng ${row.missingMonths.join(", ")}`;
  return "chưa có số liệu của kỳ";
}
