import { percentDigits } from "@/lib/numbers";

/**
 * A province's house style for the generated báo cáo (issue 13 point 8), kept as an admin
 * setting: how many decimals percentages take, whether a small fall is written as a ratio
 * ("bằng 99,63% cùng kỳ") or a fall ("giảm 0,37%"), and how last year's end is named in
 * prose ("31/12/2023" or "cuối năm 2023"). Pure: the template preview uses it in the browser.
 */
export const PCT_DECIMALS = ["as_needed", "fixed2"] as const;
export const SMALL_FALLS = ["ratio", "change"] as const;
export const YEAR_END_NAMES = ["date", "year_end"] as const;

export interface HouseStyle {
  /** as_needed: the indicator's decimals, trailing zeros dropped (Lạng Sơn: "60,1%", "52,97%"); fixed2: always two ("60,10%") */
  pctDecimals: (typeof PCT_DECIMALS)[number];
  /** a fall of less than SMALL_FALL_LIMIT %: "bằng 99,6% cùng kỳ" (ratio) or "giảm 0,4%" (change) */
  smallFall: (typeof SMALL_FALLS)[number];
  /** last year's end in prose: "31/12/2023" (date) or "cuối năm 2023" (year_end) */
  yearEndName: (typeof YEAR_END_NAMES)[number];
}

/** Lạng Sơn's style, as its reports are written (seeds 000, 002). */
export const DEFAULT_HOUSE_STYLE: HouseStyle = { pctDecimals: "as_needed", smallFall: "ratio", yearEndName: "date" };

/** A fall smaller than this (in %) is "small": written as a ratio when the style says so. */
export const SMALL_FALL_LIMIT = 5;

export const HOUSE_STYLE_LABELS = {
  pctDecimals: {
    as_needed: "Theo số liệu, 1-2 chữ số khi cần (60,1%; 52,97%)",
    fixed2: "Luôn 2 chữ số (60,10%; 99,63%)",
  },
  smallFall: { ratio: "“bằng 99,63% cùng kỳ”", change: "“giảm 0,37%”" },
  yearEndName: { date: "“so với 31/12/2023”", year_end: "“so với cuối năm 2023”" },
} as const satisfies { [K in keyof HouseStyle]: Record<HouseStyle[K], string> };

/** A percentage figure (of plan, a change, a ratio, points) in the house style, without the sign. */
export function percentNumber(value: number, precision: number, style: HouseStyle = DEFAULT_HOUSE_STYLE): string {
  return percentDigits(value, precision, style.pctDecimals);
}

/** Last year's end as prose names it: "31/12/2023" or "cuối năm 2023". */
export function yearEndName(year: number, style: HouseStyle = DEFAULT_HOUSE_STYLE): string {
  return style.yearEndName === "year_end" ? `cuối năm ${year - 1}` : `31/12/${year - 1}`;
}
