import type { PeriodCode } from "@/lib/periods";
import { figureRun, joinRuns } from "./figure-run";
import { clauseName, rateName, remainingMonths, upperFirst, type LaggingIndicator } from "./lagging";
import type { ParagraphBlock, Run } from "./model";
import { targetPhrase, valuePhrase } from "./phrases";

/**
 * Section III (nhiệm vụ, giải pháp), its generated part: for each lagging indicator what the
 * rest of the year must bring ("để hoàn thành kế hoạch năm, 3 tháng còn lại cần đạt bình quân
 * 666,4 tỷ đồng/tháng", docs/domain.md §9), naming the responsible department; once the year is
 * over, the indicators not achieved to be taken up next year. The departments' tasks follow
 * (generate.ts). Pure.
 */

interface Request {
  year: number;
  period: PeriodCode;
}

/** The year's plan figure the pace is measured against (HĐND's, else the first). */
function planValue(item: LaggingIndicator): number | null {
  const targets = item.row.indicator.targets;
  return (targets.find((t) => t.source === "hdnd") ?? targets[0])?.value ?? null;
}

/** What each remaining month must bring on average to reach the plan (null when that is not a monthly sum). */
export function monthlyNeed(item: LaggingIndicator, period: PeriodCode): number | null {
  const goal = planValue(item);
  const remaining = remainingMonths(period);
  if (item.row.indicator.kind !== "cumulative" || goal === null || item.row.value === null || remaining === 0)
    return null;
  return (goal - item.row.value) / remaining;
}

/** "- Giải ngân vốn đầu tư công (Sở Kế hoạch và Đầu tư): để hoàn thành kế hoạch năm, 3 tháng còn lại cần đạt bình quân 666,4 tỷ đồng/tháng." */
export function taskParagraphRuns(item: LaggingIndicator, request: Request): Run[] {
  const ind = item.row.indicator;
  const target = targetPhrase(ind);
  const plan = target ? ` (${target})` : "";
  if (ind.kind === "rate")
    return [{ text: `- ${upperFirst(rateName(ind))}: phấn đấu cả năm đạt kế hoạch đề ra${plan}.` }];
  const who = `- ${upperFirst(clauseName(ind))} (${ind.departmentName}): `;
  const need = monthlyNeed(item, request.period);
  const remaining = remainingMonths(request.period);
  const months = remaining === 1 ? "tháng 12" : `${remaining} tháng còn lại`;
  const average = remaining === 1 ? "" : "bình quân ";
  if (need !== null && need > 0 && valuePhrase(ind, need) === valuePhrase(ind, 0)) {
    // a monthly average that rounds to nothing ("0 cụm công nghiệp/tháng"): what the rest of the year must bring
    const run = figureRun(ind.code, request, "needed", valuePhrase(ind, need * remaining));
    return joinRuns(
      who,
      `để ${ind.direction === "down" ? "không vượt" : "hoàn thành"} kế hoạch năm, ${months} ${ind.direction === "down" ? "không quá" : "cần đạt thêm"} `,
      run,
      ".",
    );
  }
  if (need !== null && need > 0) {
    const run = figureRun(ind.code, request, "needed", valuePhrase(ind, need));
    if (ind.direction === "down")
      return joinRuns(
        who,
        `để không vượt kế hoạch năm, ${months} ${average}không quá `,
        run,
        remaining === 1 ? "." : "/tháng.",
      );
    return joinRuns(
      who,
      `để hoàn thành kế hoạch năm, ${months} cần đạt ${average}`,
      run,
      remaining === 1 ? "." : "/tháng.",
    );
  }
  if (ind.direction === "down") return [{ text: `${who}đã vượt mức kế hoạch năm${plan}, cần có giải pháp kiềm chế.` }];
  return [{ text: `${who}tập trung chỉ đạo để đạt kế hoạch năm${plan}.` }];
}

/**
 * The generated paragraphs of III. While months remain: a lead and one paragraph per lagging
 * indicator, in the outline's order. Once the year is over: one paragraph naming the
 * indicators not achieved, to be taken up next year. Nothing when no indicator lags.
 */
export function taskBlocks(items: LaggingIndicator[], request: Request, section: string): ParagraphBlock[] {
  if (items.length === 0) return [];
  const block = (id: string, runs: Run[], indicator?: string): ParagraphBlock => ({
    id,
    type: "paragraph",
    section,
    origin: "generated",
    ...(indicator ? { indicator } : {}),
    runs,
  });
  if (remainingMonths(request.period) === 0) {
    const names = items.map(({ row }) =>
      row.indicator.kind === "rate"
        ? rateName(row.indicator)
        : `${clauseName(row.indicator)} (${row.indicator.departmentName})`,
    );
    return [
      block("iii:carry", [
        {
          text: `Tập trung khắc phục hạn chế, làm rõ nguyên nhân và có giải pháp cụ thể trong năm ${request.year + 1} đối với các chỉ tiêu không đạt kế hoạch năm ${request.year}: ${names.join("; ")}.`,
        },
      ]),
    ];
  }
  return [
    block("iii:lead", [
      {
        text: `Để hoàn thành các mục tiêu, chỉ tiêu kế hoạch năm ${request.year}, tập trung chỉ đạo đẩy nhanh tiến độ các chỉ tiêu còn chậm, cụ thể:`,
      },
    ]),
    ...items.map((item) =>
      block(`iii:${item.row.indicator.code}`, taskParagraphRuns(item, request), item.row.indicator.code),
    ),
  ];
}
