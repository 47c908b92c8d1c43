import type { PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/lib/reports/counting";
import type { SummaryRow } from "@/lib/reports/summary-rows";

/**
 * The draft báo cáo as data: what the generator produces, what the editor edits and
 * versions, and what the Word/Markdown exports render. Plain JSON (stored as is).
 */

/** Which figure of an indicator a run of text states ("needed": what the remaining months must bring, on average per month, section III). */
export type FigureField = "value" | "pctOfPlan" | "change" | "yearEnd" | "needed";

/** A generated figure stays linked to the indicator, year and period it came from. */
export interface FigureRef {
  indicator: string;
  year: number;
  period: PeriodCode;
  field: FigureField;
  /** the text exactly as generated from the data ("2.285 triệu USD", "đạt 60,1% kế hoạch") */
  generated: string;
}

/** A piece of a paragraph: plain text, or text that states a linked figure. */
export interface Run {
  text: string;
  figure?: FigureRef;
}

export interface HeadingBlock {
  id: string;
  type: "heading";
  /** 1 = "I. …" (uppercase bold), 2 = "1. …" (bold), 3 = "3.1 …" */
  level: 1 | 2 | 3;
  /** the report section it opens (report_sections.code; "I.DG" for đánh giá chung, outline.ts assessmentPlace) */
  section: string | null;
  text: string;
}

export interface ParagraphBlock {
  id: string;
  type: "paragraph";
  /** the section it belongs to; null for the opening, before section I */
  section: string | null;
  /**
   * what produced it: an indicator's sentence, a department's narrative, text typed by a
   * planner, or text generated from several figures or settings (the opening, đánh giá chung,
   * the lagging indicators in II and III)
   */
  origin: "indicator" | "narrative" | "text" | "generated";
  /** the indicator whose sentence this is (origin "indicator"; "generated" when it speaks of one) */
  indicator?: string;
  /** the department whose narrative this is (origin "narrative") */
  department?: string;
  runs: Run[];
}

export type DraftBlock = HeadingBlock | ParagraphBlock;

/** An indicator of the period whose figure is missing: its sentence is left out, never written with 0. */
export interface MissingFigure {
  indicator: string;
  name: string;
  section: string | null;
  /** in words: "thiếu số liệu tháng 5, 6", "chưa có số liệu kỳ 6 tháng" */
  reason: string;
}

export interface DraftDocument {
  year: number;
  period: PeriodCode;
  counting: CountingMode;
  /** ISO time of generation */
  generatedAt: string;
  /** "tình hình kinh tế - xã hội 6 tháng đầu năm 2023" (the subject line, without "Báo cáo") */
  subject: string;
  blocks: DraftBlock[];
  missing: MissingFigure[];
  /** the biểu tổng hợp attached as the appendix */
  summary: SummaryRow[];
}

/** A paragraph's text, runs joined. */
export function paragraphText(block: ParagraphBlock): string {
  return block.runs.map((r) => r.text).join("");
}
