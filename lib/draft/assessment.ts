import type { PeriodCode } from "@/lib/periods";
import type { ReportRow } from "@/lib/reports/province-report";
import { figureRun, joinRuns } from "./figure-run";
import { closesYear, clauseName, rateName, scopePhrase, upperFirst } from "./lagging";
import type { DraftBlock, ParagraphBlock, Run } from "./model";
import { numberPhrase, planPhrase, signedRatePhrase, targetPhrase } from "./phrases";
import { targetMet } from "@/lib/rollup/compare";

/**
 * Đánh giá chung, the assessment that closes section I (docs/domain.md §9): how many indicators
 * reached or exceeded the plan, keep pace, are behind or at risk (once the year is over:
 * vượt / đạt / không đạt), then the headline results. Pure, from the report rows.
 */

interface Request {
  year: number;
  period: PeriodCode;
}

/** The status groups counted, in the order the paragraph states them. */
type Group =
  "done" | "exceeded" | "achieved" | "on_track" | "behind" | "at_risk" | "not_yet" | "not_achieved" | "no_data";

const GROUP_WORDS: Record<Group, string> = {
  done: "đã đạt, vượt kế hoạch năm",
  exceeded: "vượt kế hoạch",
  achieved: "đạt kế hoạch",
  on_track: "đạt tiến độ đề ra",
  behind: "chậm tiến độ",
  at_risk: "có nguy cơ không đạt kế hoạch",
  not_yet: "chưa đạt kế hoạch năm",
  not_achieved: "không đạt kế hoạch",
  no_data: "chưa có số liệu",
};

const MIDYEAR_ORDER: Group[] = ["done", "on_track", "behind", "at_risk", "not_yet", "no_data"];
const FINAL_ORDER: Group[] = ["exceeded", "achieved", "not_achieved", "no_data"];

/** Which group an indicator with a plan falls in; null without a plan. */
export function assessmentGroup(row: Pick<ReportRow, "pace" | "value">, period: PeriodCode): Group | null {
  const status: string = row.pace.status;
  if (status === "no_target") return null;
  if (status === "no_data" || row.value === null) return "no_data";
  if (closesYear(period)) {
    if (status === "exceeded") return "exceeded";
    if (status === "achieved") return "achieved";
    return "not_achieved";
  }
  if (status === "exceeded" || status === "achieved") return "done";
  if (status === "on_track" || status === "behind" || status === "at_risk" || status === "not_yet") return status;
  return "not_yet";
}

/** The counts per group, in reading order, empty groups left out. */
export function assessmentCounts(
  rows: Pick<ReportRow, "pace" | "value">[],
  period: PeriodCode,
): { group: Group; count: number }[] {
  const counts = new Map<Group, number>();
  for (const row of rows) {
    const group = assessmentGroup(row, period);
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return (closesYear(period) ? FINAL_ORDER : MIDYEAR_ORDER)
    .filter((g) => counts.has(g))
    .map((group) => ({ group, count: counts.get(group)! }));
}

const count = (n: number) => numberPhrase({ precision: 0, unit: "chỉ tiêu" }, n);

/** "Kết quả 9 tháng, trong 62 chỉ tiêu có kế hoạch năm 2024: 20 chỉ tiêu đã đạt, vượt kế hoạch năm; …" Null without any plan. */
export function countsSentence(rows: Pick<ReportRow, "pace" | "value">[], request: Request): string | null {
  const counts = assessmentCounts(rows, request.period);
  const total = counts.reduce((n, c) => n + c.count, 0);
  if (total === 0) return null;
  const parts = counts.map((c) => `${count(c.count)} chỉ tiêu ${GROUP_WORDS[c.group]}`);
  return `Kết quả ${scopePhrase(request.period, request.year)}, trong ${count(total)} chỉ tiêu có kế hoạch năm ${request.year}: ${parts.join("; ")}.`;
}

/** How many results the headline names at most. */
export const HEADLINE_RESULTS = 4;

/**
 * The headline results: the growth rates with a plan (GRDP) with their verdict, then the
 * sums of the year furthest ahead of their plan (whole cumulative indicators, higher is
 * better), in the outline's order: "tổng thu ngân sách trên địa bàn ước đạt 98,2% kế hoạch".
 */
export function headlineRuns(rows: ReportRow[], request: Request): Run[] | null {
  const final = closesYear(request.period);
  const clauses: Run[][] = [];
  for (const row of rows) {
    const ind = row.indicator;
    if (ind.kind !== "rate" || ind.parentCode || row.value === null) continue;
    const target = ind.targets.find((t) => t.source === "hdnd") ?? ind.targets[0];
    if (!target) continue;
    const met = targetMet(row.value, target, ind.direction);
    const verdict = met ? "đạt kế hoạch" : final ? "không đạt kế hoạch" : "chưa đạt kế hoạch";
    clauses.push(
      joinRuns(
        `${rateName(ind)} ${row.valueStatus === "estimate" ? "ước " : ""}`,
        figureRun(ind.code, request, "value", signedRatePhrase(ind, row.value)),
        `, ${verdict} (${targetPhrase(ind)})`,
      ),
    );
  }
  const ahead = rows
    .filter(
      (r) =>
        r.indicator.kind === "cumulative" &&
        !r.indicator.parentCode &&
        r.indicator.direction === "up" &&
        r.pctOfPlan !== null,
    )
    .filter((r) => ["exceeded", "achieved", "on_track"].includes(r.pace.status))
    .sort((a, b) => b.pctOfPlan! - a.pctOfPlan!)
    .slice(0, HEADLINE_RESULTS);
  for (const row of rows.filter((r) => ahead.includes(r))) {
    const plan = planPhrase(row.indicator, row)!;
    clauses.push(
      joinRuns(
        `${clauseName(row.indicator)} ${row.valueStatus === "estimate" ? "ước " : ""}`,
        figureRun(row.indicator.code, request, "pctOfPlan", plan),
      ),
    );
  }
  if (clauses.length === 0) return null;
  const runs: (Run | string)[] = ["Một số kết quả chủ yếu: "];
  clauses.forEach((c, i) => runs.push(...(i > 0 ? ["; "] : []), ...c));
  return joinRuns(...runs, ".");
}

/**
 * The assessment as a subsection closing section I: its heading ("7. Đánh giá chung", numbered
 * after the section's last subsection) and its paragraphs. `section` is its own code.
 */
export function assessmentBlocks(
  rows: ReportRow[],
  request: Request,
  place: { section: string; number: number },
): DraftBlock[] {
  const paragraphs: ParagraphBlock[] = [];
  const paragraph = (id: string, runs: Run[]): ParagraphBlock => ({
    id,
    type: "paragraph",
    section: place.section,
    origin: "generated",
    runs,
  });
  const counts = countsSentence(rows, request);
  if (counts) paragraphs.push(paragraph("dg:counts", [{ text: counts }]));
  const headline = headlineRuns(rows, request);
  if (headline) paragraphs.push(paragraph("dg:results", headline));
  if (paragraphs.length === 0) return [];
  return [
    {
      id: `s:${place.section}`,
      type: "heading",
      level: 2,
      section: place.section,
      text: `${place.number}. ${upperFirst("đánh giá chung")}`,
    },
    ...paragraphs,
  ];
}
