import type { Direction } from "@/lib/rollup";
import { clauseName, lowerFirstWord } from "@/lib/draft/lagging";
import { LAGGING_MONTHS, type RankingBasis } from "./ranking";

/** "03": counts below ten as the province's reports write them (seed 003: "liên tiếp 03 tháng"). */
const twoDigits = (n: number) => String(n).padStart(2, "0");

/** What is compared, in a sentence: "tỷ lệ giải ngân vốn đầu tư công", "mức tăng thu ngân sách so với cùng kỳ". */
export function measurePhrase(basis: RankingBasis, indicatorName: string): string {
  const name = clauseName({ name: indicatorName });
  return basis === "plan" ? `tỷ lệ ${name}` : `mức tăng ${name} so với cùng kỳ`;
}

/**
 * The sentence of section II naming the lagging localities (issue 17; seed 003: "chủ đầu tư,
 * huyện, thành phố có kết quả giải ngân liên tiếp 03 tháng thấp hơn mức bình quân chung của
 * tỉnh"): "Các địa phương có tỷ lệ giải ngân vốn đầu tư công thấp hơn bình quân chung của tỉnh
 * 03 tháng liên tiếp: huyện Đình Lập, huyện Bình Gia." Null when no unit lags. Pure.
 */
export function laggardsSentence(input: {
  basis: RankingBasis;
  indicatorName: string;
  direction: Direction;
  units: readonly { name: string; lagging: boolean }[];
}): string | null {
  const names = input.units.filter((u) => u.lagging).map((u) => lowerFirstWord(u.name.trim()));
  if (names.length === 0) return null;
  const worse = input.direction === "down" ? "cao hơn" : "thấp hơn";
  return `Các địa phương có ${measurePhrase(input.basis, input.indicatorName)} ${worse} bình quân chung của tỉnh ${twoDigits(LAGGING_MONTHS)} tháng liên tiếp: ${names.join(", ")}.`;
}
