import type { PeriodCode } from "@/lib/periods";
import { figureRun, joinRuns } from "./figure-run";
import { bySection, clauseName, rateName, scopePhrase, upperFirst, type Lag, type LaggingIndicator } from "./lagging";
import type { ParagraphBlock, Run } from "./model";
import { pctPhrase, periodPhrase, signedRatePhrase, targetPhrase, valuePhrase } from "./phrases";

/**
 * Section II (khó khăn, hạn chế), its generated part: the indicators that lag, grouped by
 * their section of the outline as the province's reports group them (seed 003: "- Tốc độ tăng
 * trưởng kinh tế còn chậm, chưa đạt tiến độ kế hoạch đề ra …"), each with its reason. The
 * departments' difficulties follow (generate.ts). Pure.
 */

interface Request {
  year: number;
  period: PeriodCode;
}

const LAG_WORDS: Record<Lag, string> = {
  behind: "chậm so với tiến độ",
  at_risk: "có nguy cơ không đạt kế hoạch năm",
  not_achieved: "không đạt kế hoạch",
};

/** A lagging indicator's clause in two parts: what it reached, and the verdict (shared by neighbours that have the same). */
export interface DifficultyClause {
  body: Run[];
  verdict: string;
}

/**
 * One lagging indicator and why: "giải ngân vốn đầu tư công mới đạt 49,4% kế hoạch" + "chậm so
 * với tiến độ"; a rate against its plan: "tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng
 * 6,1%" + "chưa đạt kế hoạch (7-7,5%)"; a lower-is-better indicator never "đạt": "tỷ lệ hộ
 * nghèo ước 11,21%" + "không đạt kế hoạch (không quá 8,5%)". Figures are runs linked to the indicator.
 */
export function difficultyClause(item: LaggingIndicator, request: Request): DifficultyClause {
  const { row, lag } = item;
  const ind = row.indicator;
  const value = row.value!;
  const final = lag === "not_achieved";
  const estimate = row.valueStatus === "estimate";
  const target = targetPhrase(ind);
  const plan = target ? ` (${target})` : "";
  const run = (field: "value" | "pctOfPlan", text: string) => figureRun(ind.code, request, field, text);
  if (ind.kind === "rate") {
    return {
      body: joinRuns(
        `${rateName(ind)} ${periodPhrase(request.period, request.year)} ${estimate ? "ước " : ""}`,
        run("value", signedRatePhrase(ind, value)),
      ),
      verdict: `${final ? "không" : "chưa"} đạt kế hoạch${plan}`,
    };
  }
  const name = clauseName(ind);
  const pct = pctPhrase(ind, row);
  if (pct !== null && ind.direction === "up" && value === 0) {
    // nothing yet: never "đạt 0% kế hoạch"
    return {
      body: [{ text: `${name} chưa có kết quả${target ? ` (kế hoạch năm ${target})` : ""}` }],
      verdict: final ? "không hoàn thành kế hoạch năm" : LAG_WORDS[lag],
    };
  }
  if (pct !== null && ind.direction === "up") {
    // "mới đạt" (only just), unless the name itself ends with "mới" ("nền đường mở mới chỉ đạt")
    const reached = final ? (estimate ? "ước đạt" : "đạt") : /\smới$/.test(name) ? "chỉ đạt" : "mới đạt";
    return {
      body: joinRuns(`${name} ${reached} `, run("pctOfPlan", pct), " kế hoạch"),
      verdict: final ? "không hoàn thành kế hoạch năm" : LAG_WORDS[lag],
    };
  }
  // a bound, a range, or a lower-is-better indicator: the figure against the plan, never "đạt" after the name
  const verdict = final
    ? "không đạt kế hoạch"
    : ind.direction === "down"
      ? lag === "at_risk"
        ? "đã vượt mức kế hoạch năm"
        : "cao hơn mức dự kiến theo tiến độ"
      : "chưa đạt kế hoạch";
  return {
    body: joinRuns(`${name} ${estimate ? "ước " : ""}`, run("value", valuePhrase(ind, value))),
    verdict: `${verdict}${plan}`,
  };
}

/**
 * The clauses of one section joined as the reports write them: neighbours with the same
 * verdict share it ("giải ngân … mới đạt 49,4% kế hoạch, giá trị khối lượng … mới đạt 51,7%
 * kế hoạch, đều chậm so với tiến độ"), groups separated by "; ".
 */
export function joinClauses(clauses: DifficultyClause[]): Run[] {
  const runs: (Run | string)[] = [];
  for (let i = 0; i < clauses.length;) {
    let j = i;
    while (j + 1 < clauses.length && clauses[j + 1].verdict === clauses[i].verdict) j++;
    if (i > 0) runs.push("; ");
    clauses.slice(i, j + 1).forEach((c, k) => runs.push(...(k > 0 ? [", "] : []), ...c.body));
    runs.push(`, ${j > i ? "đều " : ""}${clauses[i].verdict}`);
    i = j + 1;
  }
  return joinRuns(...runs);
}

/** "Bên cạnh những kết quả đạt được, trong 9 tháng vẫn còn một số chỉ tiêu chậm so với tiến độ hoặc có nguy cơ …, cụ thể:" */
export function difficultyLead(items: LaggingIndicator[], request: Request): string {
  const lags = (["behind", "at_risk", "not_achieved"] as const).filter((l) => items.some((i) => i.lag === l));
  const scope = scopePhrase(request.period, request.year);
  return `Bên cạnh những kết quả đạt được, ${scope.startsWith("lũy kế") ? scope : `trong ${scope}`} vẫn còn một số chỉ tiêu ${lags.map((l) => LAG_WORDS[l]).join(" hoặc ")}, cụ thể:`;
}

/**
 * The generated paragraphs of II: a lead, then one paragraph per section of the outline
 * holding lagging indicators ("- Đầu tư xây dựng kết cấu hạ tầng …: giải ngân … ; …."), in
 * the outline's order. Nothing when no indicator lags.
 */
export function difficultyBlocks(items: LaggingIndicator[], request: Request, section: string): ParagraphBlock[] {
  if (items.length === 0) return [];
  const block = (id: string, runs: Run[]): ParagraphBlock => ({
    id,
    type: "paragraph",
    section,
    origin: "generated",
    runs,
  });
  const blocks = [block("ii:lead", [{ text: difficultyLead(items, request) }])];
  for (const group of bySection(items)) {
    const clauses = joinClauses(group.items.map((item) => difficultyClause(item, request)));
    blocks.push(
      block(
        `ii:${group.section ?? "other"}`,
        joinRuns(`- ${upperFirst(group.title ?? "Các chỉ tiêu khác")}: `, ...clauses, "."),
      ),
    );
  }
  return blocks;
}
