import type { CountingMode, PeriodCode } from "./vocabulary";

/**
 * The shapes of the JSON columns of draft_versions (db/schema/drafts.ts): the draft báo cáo
 * a version stores (`content`) and the figures frozen when it is marked final
 * (`final_snapshot`). They are data the database keeps, so they are defined here, beside the
 * table; lib/draft builds and reads them.
 */

// content: the draft báo cáo as data (what the generator produces, the editor edits and the exports render)

/** Which figure of an indicator a run of text states ("needed": what the remaining months must bring, on average per month, section III; "inPeriod": a month's or quarter's own figure; "yearEstimate": ước thực hiện cả năm). */
export const FIGURE_FIELDS = ["value", "pctOfPlan", "change", "yearEnd", "needed", "inPeriod", "yearEstimate"] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

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
/** Text of a department's result item (kết quả, sự kiện): linked to the item and the month it was entered in. */
export interface ResultRef {
  /** result_items.id */
  id: number;
  department: string;
  year: number;
  month: number;
  /** the item's figure this run states (0-based), absent for its words */
  figure?: number;
  /** the text exactly as generated */
  generated: string;
}

/** A piece of a paragraph: plain text, or text that states a linked figure or a department's result item. */
export interface Run {
  text: string;
  figure?: FigureRef;
  result?: ResultRef;
}

export interface HeadingBlock {
  id: string;
  type: "heading";
  /** 1 = "I. …" (uppercase bold), 2 = "1. …" (bold), 3 = "3.1 …" */
  level: 1 | 2 | 3;
  /** the report section it opens (report_sections.code; "I.DG" for đánh giá chung, outline.ts assessmentPlace), null for the fixed parts */
  section: string | null;
  text: string;
}

export interface ParagraphBlock {
  id: string;
  type: "paragraph";
  section: string | null;
  /**
   * what produced it: an indicator's sentence, a department's narrative or result item, text
   * typed by a planner, or text generated from several figures or settings (the opening, đánh
   * giá chung, sections II and III)
   */
  origin: "indicator" | "narrative" | "result" | "text" | "generated";
  /** the indicator whose sentence this is (origin "indicator") */
  indicator?: string;
  /** the department whose narrative or result item this is (origin "narrative", "result") */
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
  /** the ranking of the localities of each indicator reported by units (lib/units), when there is one: a biểu of the .xlsx */
  units?: UnitRankingTable[];
}

/** One indicator's ranking of the localities, as the biểu "Xếp hạng địa phương" prints it (plain numbers). */
export interface UnitRankingTable {
  indicator: string;
  name: string;
  unit: string;
  precision: number;
  /** "plan": ranked by % of plan; "change": by the change against last year */
  basis: "plan" | "change";
  /** "các huyện, thành phố" */
  unitsLabel: string;
  /** the province average of the measure */
  average: number | null;
  rows: {
    rank: number | null;
    name: string;
    value: number | null;
    target: number | null;
    pctOfPlan: number | null;
    changePct: number | null;
    belowAverageMonths: number;
    lagging: boolean;
  }[];
}

// the biểu tổng hợp attached as the appendix (DraftDocument.summary)

/** A row of the biểu tổng hợp: STT, chỉ tiêu, ĐVT, kế hoạch năm, thực hiện kỳ, % kế hoạch, cùng kỳ năm trước, % so cùng kỳ. */
export interface SummaryRow {
  stt: string;
  code: string;
  name: string;
  search: string;
  section: string;
  sectionTitle: string;
  unit: string;
  plan: string;
  planValue: number | null;
  value: number | null;
  estimate: boolean;
  pctOfPlan: number | null;
  lastYear: number | null;
  /** value / last year × 100 ("% so cùng kỳ"); for indicators in % (rates, shares, levels) the points difference, as the text says it */
  vsLastYear: number | null;
  rate: boolean;
  /** vsLastYear is in percentage points (absent in versions saved before issue 13: then `rate`) */
  points?: boolean;
  /** months and quarters: the period's own figure ("Thực hiện tháng 10"); `value` is then the year to date (absent in older versions) */
  inPeriod?: number | null;
  precision: number;
  pctPrecision: number;
  changePrecision: number;
  /** percentages always with two decimals (the house style's "fixed2"); absent: the row's precisions, as needed */
  fixedPct?: boolean;
  child: boolean;
}

// final_snapshot

export interface SnapshotFigure {
  indicator: string;
  name: string;
  field: FigureField;
  /** the number behind the figure (unit, % or points), null when the data has none */
  value: number | null;
  /** the figure as the draft states it, when it states it */
  text: string | null;
}

/** A final version's figures, frozen when it was marked final. */
export interface FigureSnapshot {
  takenAt: string;
  figures: SnapshotFigure[];
}
