import { periodLabel, type PeriodCode } from "@/lib/periods";
import type { ReportFigures } from "@/lib/rollup/report-row";
import { changePhrase, planPhrase, valuePhrase, verbFor, yearEndPhrase, type WordedIndicator } from "./phrases";
import type { FigureField, FigureRef, Run } from "./model";
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
export function indicatorSentence(input: SentenceInput): string | null {
  const runs = indicatorRuns(input);
  return runs === null ? null : runs.map((r) => r.text).join("");
}

/**
 * The sentence as runs: the text stating {value}, {pctOfPlan}, {change}/{changeShort} and
 * {yearEnd} of the indicator (and of each part) is a run linked to its figure. Null when
 * the figure is missing.
 */
export function indicatorRuns(input: SentenceInput): Run[] | null {
  const figures: FigureRef[] = [];
  const marked = markedSentence(input, false, figures);
  return marked === null ? null : splitMarked(marked, figures);
}

// A figure's text travels through the template renderer wrapped in these markers (never typed by users).
const OPEN = "\u0001";
const MID = "\u0002";
const CLOSE = "\u0003";
const MARKED = /\u0001(\d+)\u0002([^\u0003]*)\u0003/g;

function markedSentence(input: SentenceInput, asPart: boolean, figures: FigureRef[]): string | null {
  const { indicator: ind, figures: fig } = input;
  if (fig.value === null) return null;
  const rate = ind.kind === "rate";
  const parts = (input.parts ?? []).map((p) => markedSentence(p, true, figures)).filter((s): s is string => s !== null);
  const verb = verbFor(fig);
  const name = asPart ? (ind.sentenceName ?? lowerFirst(ind.name)) : (ind.sentenceName ?? ind.name);
  const template =
    ind.sentenceTemplate ?? (asPart ? (rate ? DEFAULT_TEMPLATES.ratePart : DEFAULT_TEMPLATES.part) : DEFAULT_TEMPLATES[ind.kind]);
  const rateValue = rate ? `${fig.value < 0 ? "giảm" : "tăng"} ${valuePhrase({ ...ind, unit: "%" }, Math.abs(fig.value))}` : null;
  const mark = (field: FigureField, text: string | null) => {
    if (text === null || text === "") return text;
    figures.push({ indicator: ind.code, year: input.year, period: input.period, field, generated: text });
    return `${OPEN}${figures.length - 1}${MID}${text}${CLOSE}`;
  };
  return renderTemplate(template, {
    name,
    verb: rate && !asPart ? RATE_VERB[verb] : verb,
    value: mark("value", rate ? (asPart ? rateValue : valuePhrase({ ...ind, unit: "%" }, fig.value)) : valuePhrase(ind, fig.value)),
    pctOfPlan: mark("pctOfPlan", planPhrase(ind, fig)),
    change: mark("change", changePhrase(ind, fig, true)),
    changeShort: mark("change", changePhrase(ind, fig, false)),
    yearEnd: mark("yearEnd", yearEndPhrase(ind, fig, input.year, true)),
    period: periodPhrase(input.period, input.year),
    parts: parts.length ? `trong đó ${parts.join(", ")}` : null,
  });
}

/** Splits a marked sentence into plain and figure runs; figures dropped by optional groups are simply absent. */
function splitMarked(marked: string, figures: FigureRef[]): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of marked.matchAll(MARKED)) {
    if (m.index > last) runs.push({ text: marked.slice(last, m.index) });
    runs.push({ text: m[2], figure: figures[Number(m[1])] });
    last = m.index + m[0].length;
  }
  if (last < marked.length) runs.push({ text: marked.slice(last) });
  return runs.filter((r) => r.text !== "");
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
