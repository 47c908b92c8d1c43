import { periodLabel, type PeriodCode } from "@/lib/periods";
import type { ReportFigures } from "@/lib/rollup/report-row";
import { changePhrase, planPhrase, valuePhrase, verbFor, yearEndPhrase, type WordedIndicator } from "./phrases";
import { renderTemplate } from "./template";

/** The default sentence of each kind, in the house style of domain.md §7. */
export const DEFAULT_TEMPLATES = {
  cumulative: "{name} {verb} {value}[, {pctOfPlan}][, {change}][, {parts}]",
  point: "{name} {verb} {value}[, {yearEnd}][, {pctOfPlan}][, {parts}]",
  rate: "{name} {period} {verb} {value} so với cùng kỳ[, {parts}]",
  part: "{name} {value}[, {pctOfPlan}][, {changeShort}]",
  ratePart: "{name} {value}",
} as const;

export interface SentenceInput {
  indicator: WordedIndicator & { sentenceTemplate?: string | null };
  figures: ReportFigures;
  year: number;
  period: PeriodCode;
  parts?: SentenceInput[];
}

const RATE_VERB: Record<string, string> = { "ước đạt": "ước tăng", đạt: "tăng" };

/** One indicator's sentence, or null when its figure is missing (it is then listed as missing, never written as 0). */
export function indicatorSentence(input: SentenceInput, asPart = false): string | null {
  const { indicator: ind, figures } = input;
  if (figures.value === null) return null;
  const rate = ind.kind === "rate";
  const parts = (input.parts ?? []).map((p) => indicatorSentence(p, true)).filter((s): s is string => s !== null);
  const verb = verbFor(figures);
  const name = asPart ? (ind.sentenceName ?? lowerFirst(ind.name)) : (ind.sentenceName ?? ind.name);
  const template =
    ind.sentenceTemplate ?? (asPart ? (rate ? DEFAULT_TEMPLATES.ratePart : DEFAULT_TEMPLATES.part) : DEFAULT_TEMPLATES[ind.kind]);
  const rateValue = rate ? `${figures.value < 0 ? "giảm" : "tăng"} ${valuePhrase({ ...ind, unit: "%" }, Math.abs(figures.value))}` : null;
  return renderTemplate(template, {
    name,
    verb: rate && !asPart ? RATE_VERB[verb] : verb,
    value: rate ? (asPart ? rateValue : valuePhrase({ ...ind, unit: "%" }, figures.value)) : valuePhrase(ind, figures.value),
    pctOfPlan: planPhrase(ind, figures),
    change: changePhrase(ind, figures, true),
    changeShort: changePhrase(ind, figures, false),
    yearEnd: yearEndPhrase(ind, figures, input.year, true),
    period: periodPhrase(input.period, input.year),
    parts: parts.length ? `trong đó ${parts.join(", ")}` : null,
  });
}

/** The period as a sentence names it: "6 tháng đầu năm", "9 tháng", "quý I", "tháng 7", "năm 2024". */
export function periodPhrase(period: PeriodCode, year: number): string {
  if (period === "6T") return "6 tháng đầu năm";
  if (period === "9T") return "9 tháng";
  if (period === "N" || period === "UN") return `năm ${year}`;
  return periodLabel(period, year).replace(/\/\d{4}$/, "");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}
