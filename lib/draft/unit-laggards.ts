import type { Direction } from "@/lib/rollup";
import { LAGGING_MONTHS, type RankingBasis } from "@/lib/units/ranking";
import { clauseName, lowerFirstWord } from "./lagging";
import type { ParagraphBlock } from "./model";

/** One indicator's ranking as the draft reads it (lib/units/unit-report.ts UnitReport). */
export interface UnitLaggardsInput {
  indicator: { code: string; name: string; direction: Direction };
  basis: RankingBasis;
  units: readonly { name: string; lagging: boolean }[];
}

/** "03": counts below ten as the province's reports write them (seed 003: "liên tiếp 03 tháng"). */
const twoDigits = (n: number) => String(n).padStart(2, "0");

/**
 * What is compared, in a sentence. Against the plan: "tỷ lệ giải ngân vốn đầu tư công" for a
 * rate of doing something (giải ngân), else "tỷ lệ thực hiện kế hoạch thu ngân sách trên địa
 * bàn", "… kế hoạch xã đạt chuẩn nông thôn mới" (the leading "tổng", "số" of an amount or count
 * dropped: "tỷ lệ số xã" is not said). Against last year: "mức tăng thu ngân sách … so với cùng kỳ".
 */
export function measurePhrase(basis: RankingBasis, indicatorName: string): string {
  const name = clauseName({ name: indicatorName }).replace(/^(tổng|số)\s+/u, "");
  if (basis !== "plan") return `mức tăng ${name} so với cùng kỳ`;
  return /^giải ngân\b/u.test(name) ? `tỷ lệ ${name}` : `tỷ lệ thực hiện kế hoạch ${name}`;
}

/**
 * The sentence naming the lagging localities (issue 17; seed 003 lists the "huyện, thành phố có
 * kết quả giải ngân liên tiếp 03 tháng thấp hơn mức bình quân chung của tỉnh"): "Các địa phương
 * có tỷ lệ giải ngân vốn đầu tư công thấp hơn bình quân chung của tỉnh 03 tháng liên tiếp: huyện
 * Đình Lập, huyện Bình Gia." in the ranking's order (worst last). Null when no unit lags.
 */
export function laggardsSentence(input: UnitLaggardsInput): string | null {
  const names = input.units.filter((u) => u.lagging).map((u) => lowerFirstWord(u.name.trim()));
  if (names.length === 0) return null;
  const worse = input.indicator.direction === "down" ? "cao hơn" : "thấp hơn";
  return `Các địa phương có ${measurePhrase(input.basis, input.indicator.name)} ${worse} bình quân chung của tỉnh ${twoDigits(LAGGING_MONTHS)} tháng liên tiếp: ${names.join(", ")}.`;
}

/** Section II's paragraphs naming the lagging localities, one per indicator reported by units that has some. Pure. */
export function unitLaggardBlocks(reports: readonly UnitLaggardsInput[], section: string): ParagraphBlock[] {
  return reports.flatMap((report) => {
    const sentence = laggardsSentence(report);
    return sentence === null
      ? []
      : [
          {
            id: `ii:units:${report.indicator.code}`,
            type: "paragraph" as const,
            section,
            origin: "generated" as const,
            runs: [{ text: `- ${sentence}` }],
          },
        ];
  });
}
