import { searchKey } from "@/lib/text/search";
import { PERIOD_LABELS } from "@/lib/vocabulary/labels";
import { isMonthPeriod, isPeriodCode, periodSpan, type PeriodCode } from "./codes";

const ROMAN = ["I", "II", "III", "IV"];

/** Vietnamese label of a period: "tháng 7/2023", "quý I/2022", "6 tháng đầu năm 2023", "9 tháng năm 2024", "năm 2024". */
export function periodLabel(period: PeriodCode, year: number): string {
  if (isMonthPeriod(period)) return `tháng ${periodSpan(period).end}/${year}`;
  switch (period) {
    case "Q1":
    case "Q2":
    case "Q3":
    case "Q4":
      return `quý ${ROMAN[Number(period[1]) - 1]}/${year}`;
    case "6T":
      return `6 tháng đầu năm ${year}`;
    case "9T":
      return `9 tháng năm ${year}`;
    case "N":
      return `năm ${year}`;
    case "UN":
      return `ước thực hiện cả năm ${year}`;
  }
}

/** Short label for tables, selectors and files: "Tháng 7", "Quý I", "6 tháng", "9 tháng", "Cả năm", "Ước cả năm". */
export function periodShortLabel(period: PeriodCode): string {
  return PERIOD_LABELS[period];
}

/**
 * The periods a figure is made of, in words: "Tháng 1 + Tháng 2 + Tháng 3"; a run of more
 * than three months is shortened to its first two and its last ("Tháng 1 + Tháng 2 + … + Tháng 10").
 */
export function periodSourcesText(sources: readonly PeriodCode[]): string {
  const labels = sources.map(periodShortLabel);
  const months = sources.every(isMonthPeriod) ? sources.map((p) => periodSpan(p).end) : [];
  const consecutive = months.length > 3 && months.every((m, i) => i === 0 || m === months[i - 1] + 1);
  return consecutive ? [labels[0], labels[1], "…", labels.at(-1)].join(" + ") : labels.join(" + ");
}

/**
 * A period code, or its label as periodShortLabel writes it (any case, with or without
 * diacritics: "Cả năm", "ca nam", "Tháng 10", "Quý III"): the Excel template shows labels and
 * reads either. Null when it is neither.
 */
export function periodFromText(text: string): PeriodCode | null {
  const trimmed = text.normalize("NFC").trim();
  if (isPeriodCode(trimmed)) return trimmed;
  return LABEL_INDEX.get(searchKey(trimmed)) ?? null;
}

const LABEL_INDEX = new Map(
  (Object.entries(PERIOD_LABELS) as [PeriodCode, string][]).map(([code, label]) => [searchKey(label), code]),
);
