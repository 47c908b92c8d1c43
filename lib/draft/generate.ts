import "server-only";
import type { Db } from "@/db/client";
import { periodHasRates, periodLabel, periodSpan, type PeriodCode } from "@/lib/periods";
import { DEFAULT_COUNTING, type CountingMode } from "@/db/schema/vocabulary";
import { provinceReport, type ReportRow } from "@/lib/reports/province-report";
import { summaryRows } from "@/lib/reports/summary-rows";
import type { DraftBlock, DraftDocument, MissingFigure, ParagraphBlock, Run } from "./model";
import { assessmentBlocks } from "./assessment";
import { difficultyBlocks } from "./difficulties";
import { laggingIndicators, type LaggingIndicator } from "./lagging";
import { FIXED_SECTION, loadDraftNarratives, type DepartmentNarrative } from "./narratives";
import { openingBlock } from "./opening-block";
import { assessmentPlace, headingLabel, loadOutline, type OutlineSection } from "./outline";
import { periodPhrase } from "./phrases";
import { loadDraftResults, withResultItems } from "./result-items";
import type { HouseStyle } from "./house-style";
import { loadHouseStyle } from "./house-style-store";
import { renderSentence, YEAR_ESTIMATE_WORDS, type SentenceInput } from "./sentence";
import { taskBlocks } from "./tasks";
import { unitLaggardBlocks, type UnitLaggardsInput } from "./unit-laggards";
import { unitReport, unitReportedIndicators, type UnitReport } from "@/lib/units/unit-report";
import { unitRankingTable } from "@/lib/units/unit-report-json";

export interface DraftRequest {
  year: number;
  period: PeriodCode;
  counting?: CountingMode;
  /** only this department's indicators and narratives (an officer's or department head's view) */
  departmentId?: number;
  /** the province's house style (default: Lạng Sơn's) */
  style?: HouseStyle;
}

/** The subject of the report: "tình hình kinh tế - xã hội 6 tháng đầu năm 2023". */
export function draftSubject(year: number, period: PeriodCode): string {
  const label = periodLabel(period, year).replace(/^(tháng \d+|quý [IV]+)\/(\d{4})$/, "$1 năm $2");
  return `tình hình kinh tế - xã hội ${label}`;
}

/** Generates the draft báo cáo of a period from the figures that count (docs/domain.md §9). */
export function generateDraft(db: Db, request: DraftRequest): DraftDocument {
  const counting = request.counting ?? DEFAULT_COUNTING;
  const style = request.style ?? loadHouseStyle(db).style;
  // rates are stated only in the periods they are entered for: a month's draft neither writes nor misses them
  const rows = provinceReport(db, {
    year: request.year,
    period: request.period,
    counting,
    departmentId: request.departmentId,
  }).filter((r) => r.indicator.kind !== "rate" || periodHasRates(request.period));
  const outline = loadOutline(db);
  const results = loadDraftResults(db, { ...request, counting });
  const narratives = loadDraftNarratives(
    db,
    request.year,
    periodSpan(request.period).end,
    rows,
    request.departmentId,
    results,
  );
  // what is missing only because it is not yet submitted or approved: the same report counting everything
  const entered =
    counting === "all"
      ? rows
      : provinceReport(db, {
          year: request.year,
          period: request.period,
          counting: "all",
          departmentId: request.departmentId,
        });
  const enteredByCode = new Map(entered.map((r) => [r.indicator.code, r]));
  const blocks: DraftBlock[] = [openingBlock(db, request.year, request.period)];
  const missing: MissingFigure[] = [];
  const lagging = laggingIndicators(rows, request.period);
  const unitLaggards = request.departmentId === undefined ? unitRankings(db, { ...request, counting }) : [];
  const assessment = assessmentPlace(outline);
  for (const section of outline) {
    blocks.push(
      ...withResultItems(
        sectionBlocks(section, rows, narratives, { ...request, counting, style }, missing, lagging, unitLaggards),
        section.code,
        results,
      ),
    );
    if (assessment && section.code === assessment.after) blocks.push(...assessmentBlocks(rows, request, assessment));
  }
  for (const m of missing) {
    const row = rows.find((r) => r.indicator.code === m.indicator)!;
    m.reason = missingReason(row, request, counting, enteredByCode.get(m.indicator));
  }
  return {
    year: request.year,
    period: request.period,
    counting,
    generatedAt: new Date().toISOString(),
    subject: draftSubject(request.year, request.period),
    blocks,
    missing,
    summary: summaryRows(rows, request.period, style.pctDecimals),
    ...(unitLaggards.length > 0 ? { units: unitLaggards.map(unitRankingTable) } : {}),
  };
}

/** The rankings of the indicators reported by units (lib/units), for the localities that lag in II. */
function unitRankings(db: Db, request: { year: number; period: PeriodCode; counting: CountingMode }): UnitReport[] {
  return unitReportedIndicators(db, request.year).flatMap(({ indicator }) => {
    const report = unitReport(db, { code: indicator.code, ...request });
    return report ? [report] : [];
  });
}

/** The heading of a section: "I. TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2023", "3.1. Sản xuất nông, ...". */
export function sectionHeading(section: OutlineSection, request: DraftRequest): DraftBlock {
  const period = draftSubject(request.year, request.period).replace(/^tình hình kinh tế - xã hội /, "");
  const title = section.depth === 0 && section.code === "I" ? `${section.title} ${period}` : section.title;
  return {
    id: `s:${section.code}`,
    type: "heading",
    level: Math.min(section.depth + 1, 3) as 1 | 2 | 3,
    section: section.code,
    text: `${headingLabel(section.code)} ${section.depth === 0 ? title.toLocaleUpperCase("vi") : title}`,
  };
}

/**
 * One section's blocks: its heading, a paragraph per indicator sentence (a part is written
 * inside its whole's sentence; a "+" template continues the sentence before it), then the
 * department narratives that belong to the section. Missing figures are added to `missing`.
 */
export function sectionBlocks(
  section: OutlineSection,
  rows: ReportRow[],
  narratives: DepartmentNarrative[],
  request: DraftRequest,
  missing: MissingFigure[],
  lagging: LaggingIndicator[] = [],
  unitLaggards: readonly UnitLaggardsInput[] = [],
): DraftBlock[] {
  const blocks: DraftBlock[] = [sectionHeading(section, request)];
  const byCode = new Map(rows.map((r) => [r.indicator.code, r]));
  let open: ParagraphBlock | null = null;
  for (const row of rows.filter((r) => r.indicator.sectionCode === section.code)) {
    const parent = row.indicator.parentCode ? byCode.get(row.indicator.parentCode) : undefined;
    // a part is written in its whole's sentence, wherever that is; alone only when the whole has no figure or is not in the report
    if (parent && parent.value !== null) continue;
    const input = sentenceInput(rows, row, request);
    const rendered = renderSentence(input);
    if (rendered === null) {
      missing.push(missingFigure(row, section.code, request));
      continue;
    }
    for (const part of input.parts ?? []) {
      if (part.figures.value === null)
        missing.push(missingFigure(byCode.get(part.indicator.code)!, section.code, request));
    }
    if (rendered.continues && open) {
      open.runs = joinRuns(open.runs, rendered.runs);
      continue;
    }
    open = {
      id: `i:${row.indicator.code}`,
      type: "paragraph",
      section: section.code,
      origin: "indicator",
      indicator: row.indicator.code,
      runs: sentenceStart(rendered.runs),
    };
    blocks.push(open);
  }
  const nameOf = (code: string) => {
    const i = byCode.get(code)?.indicator;
    return i ? (i.sentenceName ?? i.name).replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase("vi")) : code;
  };
  for (const block of blocks)
    if (block.type === "paragraph") block.runs = closeSentence(gatherYearEstimates(block.runs, nameOf));
  // II and III open with what the data says of the lagging indicators, then the departments' own words
  if (section.code === FIXED_SECTION.difficulties) {
    blocks.push(...difficultyBlocks(lagging, request, section.code));
    blocks.push(...unitLaggardBlocks(unitLaggards, section.code));
  }
  if (section.code === FIXED_SECTION.tasks) blocks.push(...taskBlocks(lagging, request, section.code));
  for (const n of inOutlineOrder(
    narratives.filter((x) => x.section === section.code),
    rows,
  ))
    blocks.push(narrativeBlock(n));
  return blocks;
}

function sentenceInput(rows: ReportRow[], row: ReportRow, request: DraftRequest): SentenceInput {
  const parts = rows
    .filter((r) => r.indicator.parentCode === row.indicator.code)
    .map((r) => ({ indicator: r.indicator, figures: r, year: request.year, period: request.period }));
  return {
    indicator: row.indicator,
    figures: row,
    year: request.year,
    period: request.period,
    parts,
    style: request.style,
  };
}

/**
 * A continuing sentence joined to the one before it: ", với …" and "; …" directly, words after
 * a space. A clause bound to the one before it (", với …", " với …") goes before that
 * sentence's whole-year estimate, which then closes the joined sentence.
 */
function joinRuns(before: Run[], after: Run[]): Run[] {
  const first = after[0]?.text ?? "";
  const glue = /^[,;:.)]/.test(first) ? "" : " ";
  return [...before, ...(glue ? [{ text: glue }] : []), ...after];
}

const ESTIMATE_LEAD = `; ${YEAR_ESTIMATE_WORDS} `;

/**
 * The whole-year estimates of a paragraph's sentences ("; ước thực hiện cả năm …") close the
 * paragraph, after every clause joined to it: one as "; ước thực hiện cả năm 1.330 doanh
 * nghiệp, …" (named when another indicator's sentence followed it after "; "); several as
 * "; ước thực hiện cả năm: lượt khách 5.400 nghìn lượt, …; doanh thu …", each named.
 */
function gatherYearEstimates(runs: Run[], nameOf: (code: string) => string): Run[] {
  const body: Run[] = [];
  const estimates: Run[] = [];
  let anotherSentenceAfter = false;
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    if (!run.figure && next?.figure?.field === "yearEstimate" && run.text.endsWith(ESTIMATE_LEAD)) {
      const rest = run.text.slice(0, -ESTIMATE_LEAD.length);
      if (rest) body.push({ text: rest });
    } else if (run.figure?.field === "yearEstimate") estimates.push(run);
    else {
      if (estimates.length > 0 && !run.figure && run.text.startsWith("; ")) anotherSentenceAfter = true;
      body.push(run);
    }
  });
  if (estimates.length === 0) return runs;
  if (estimates.length === 1)
    return [
      ...body,
      { text: `${ESTIMATE_LEAD}${anotherSentenceAfter ? `${nameOf(estimates[0].figure!.indicator)} ` : ""}` },
      estimates[0],
    ];
  return [
    ...body,
    { text: `; ${YEAR_ESTIMATE_WORDS}: ` },
    ...estimates.flatMap((e, i) => [{ text: `${i > 0 ? "; " : ""}${nameOf(e.figure!.indicator)} ` }, e]),
  ];
}

/** A paragraph opens with a capital; a continuation without a sentence to join loses its leading ", " or "; ". */
function sentenceStart(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length && !out[0].figure && /^[\s,;:]*$/.test(out[0].text)) out.shift();
  if (out.length && !out[0].figure) {
    const text = out[0].text.replace(/^[\s,;:]+/, "");
    out[0] = { text: text.charAt(0).toLocaleUpperCase("vi") + text.slice(1) };
  }
  return out;
}

/** Ends a paragraph with a full stop (unless its template already did). */
function closeSentence(runs: Run[]): Run[] {
  const last = runs.at(-1);
  if (!last || /[.!?]$/.test(last.text)) return runs;
  if (last.figure) return [...runs, { text: "." }];
  return [...runs.slice(0, -1), { text: `${last.text}.` }];
}

/** Narratives in the order of their departments' first indicator in the outline (departments without one last). */
export function inOutlineOrder(
  narratives: DepartmentNarrative[],
  rows: Pick<ReportRow, "indicator">[],
): DepartmentNarrative[] {
  const first = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!first.has(r.indicator.departmentCode)) first.set(r.indicator.departmentCode, i);
  });
  const at = (n: DepartmentNarrative) => first.get(n.department) ?? Number.MAX_SAFE_INTEGER;
  return [...narratives].sort((a, b) => at(a) - at(b) || a.department.localeCompare(b.department));
}

function narrativeBlock(n: DepartmentNarrative): ParagraphBlock {
  return {
    id: `n:${n.department}:${n.kind}`,
    type: "paragraph",
    section: n.section,
    origin: "narrative",
    department: n.department,
    runs: [{ text: n.text }],
  };
}

/** A missing figure with the reason seen from the figures alone; generateDraft adds whether it is entered but not counted yet. */
function missingFigure(row: ReportRow, section: string, request: DraftRequest): MissingFigure {
  return { indicator: row.indicator.code, name: row.indicator.name, section, reason: missingReason(row, request) };
}

/**
 * Why a figure is missing, in words for the planner: the months without a figure, or the
 * period's figure not entered; and when it was entered but does not count yet (not
 * submitted, or not approved when only approved figures count).
 */
export function missingReason(
  row: ReportRow,
  request: Pick<DraftRequest, "year" | "period">,
  counting: CountingMode = "all",
  entered?: ReportRow,
): string {
  const months =
    row.missingMonths.length > 0 ? `tháng ${row.missingMonths.join(", ")}` : periodPhrase(request.period, request.year);
  if (counting !== "all" && entered && entered.value !== null)
    return `số liệu ${months} đã nhập nhưng chưa ${counting === "approved" ? "được duyệt" : "gửi"}`;
  return row.missingMonths.length > 0 ? `thiếu số liệu ${months}` : `chưa có số liệu ${months}`;
}
