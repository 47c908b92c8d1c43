import type { PeriodCode } from "@/lib/periods";
import type { ReportFigures } from "@/lib/rollup/report-row";
import type { FigureField, FigureRef, Run } from "./model";
import {
  changePhrase,
  pctPhrase,
  periodEndDate,
  periodPhrase,
  planPhrase,
  signedRatePhrase,
  targetPhrase,
  valuePhrase,
  verbFor,
  yearEndPhrase,
  type WordedIndicator,
} from "./phrases";
import { isContinuation, renderTemplate, type Placeholders } from "./template";

export { periodPhrase } from "./phrases";

/** The default sentence of each kind, in the house style of docs/domain.md §9. */
export const DEFAULT_TEMPLATES = {
  cumulative: "{name} {verb} {value}[, {pctOfPlan}][, {change}][, {parts}]",
  point: "{name} {verb} {value}[, {yearEnd}][, {pctOfPlan}][, {parts}]",
  rate: "{name} {period} {verb} {value} so với cùng kỳ[ (kế hoạch {target})][, {parts}]",
  part: "{name} {value}[, {pctOfPlan}][, {changeShort}]",
  ratePart: "{name} {signed}",
} as const;

export interface SentenceInput {
  indicator: WordedIndicator & { sentenceTemplate?: string | null };
  figures: ReportFigures;
  year: number;
  period: PeriodCode;
  parts?: SentenceInput[];
}

/** A rendered indicator sentence: its runs, and whether it continues the sentence before it ("+" template). */
export interface RenderedSentence {
  runs: Run[];
  continues: boolean;
}

/** The template an indicator's sentence is written with: its own, else the default of its kind (as a whole or as a part). */
export function templateFor(indicator: SentenceInput["indicator"], asPart = false): string {
  if (indicator.sentenceTemplate) return indicator.sentenceTemplate;
  if (asPart) return indicator.kind === "rate" ? DEFAULT_TEMPLATES.ratePart : DEFAULT_TEMPLATES.part;
  return DEFAULT_TEMPLATES[indicator.kind];
}

/** One indicator's sentence as text, or null when its figure is missing (it is then listed as missing, never written as 0). */
export function indicatorSentence(input: SentenceInput, template?: string): string | null {
  const rendered = renderSentence(input, template);
  return rendered === null ? null : rendered.runs.map((r) => r.text).join("");
}

/**
 * The sentence as runs: the text stating {value}, {pct}/{pctOfPlan}, {change}/{changeShort}
 * and {yearEnd}/{yearEndShort} of the indicator (and of each part) is a run linked to its
 * figure. Null when the figure is missing.
 */
export function indicatorRuns(input: SentenceInput, template?: string): Run[] | null {
  return renderSentence(input, template)?.runs ?? null;
}

/** Renders an indicator's sentence with its template (or the one given, for the live preview). */
export function renderSentence(input: SentenceInput, template?: string): RenderedSentence | null {
  const figures: FigureRef[] = [];
  const chosen = template ?? templateFor(input.indicator);
  const marked = markedSentence(input, chosen, false, figures);
  return marked === null ? null : { runs: splitMarked(marked, figures), continues: isContinuation(chosen) };
}

// A figure's text travels through the template renderer wrapped in these markers (never typed by users).
const OPEN = "\u0001";
const MID = "\u0002";
const CLOSE = "\u0003";
const MARKED = /\u0001(\d+)\u0002([^\u0003]*)\u0003/g;

function markedSentence(input: SentenceInput, template: string, asPart: boolean, figures: FigureRef[]): string | null {
  const { indicator: ind, figures: fig } = input;
  if (fig.value === null) return null;
  const rate = ind.kind === "rate";
  const parts = (input.parts ?? [])
    .map((p) => markedSentence(p, templateFor(p.indicator, true).replace(/^\s*\+\s*[,;]?\s*/, ""), true, figures))
    .filter((s): s is string => s !== null);
  const estimate = fig.valueStatus === "estimate";
  const name = ind.sentenceName ?? (asPart ? lowerFirst(ind.name) : ind.name);
  const mark = (field: FigureField, text: string | null) => {
    if (text === null || text === "") return text;
    figures.push({ indicator: ind.code, year: input.year, period: input.period, field, generated: text });
    return `${OPEN}${figures.length - 1}${MID}${text}${CLOSE}`;
  };
  const percentUnit = { ...ind, unit: "%" };
  const partTargets = (input.parts ?? [])
    .map((p) => {
      const target = targetPhrase(p.indicator);
      return target === null ? null : `${p.indicator.sentenceName ?? lowerFirst(p.indicator.name)} ${target}`;
    })
    .filter((s): s is string => s !== null);
  const values: Placeholders = {
    name,
    verb: rate ? `${estimate ? "ước " : ""}${fig.value < 0 ? "giảm" : "tăng"}` : verbFor(fig),
    est: estimate ? "ước" : null,
    value: mark("value", rate ? valuePhrase(percentUnit, Math.abs(fig.value)) : valuePhrase(ind, fig.value)),
    signed: rate ? mark("value", signedRatePhrase(ind, fig.value)) : null,
    pct: mark("pctOfPlan", pctPhrase(ind, fig)),
    pctOfPlan: mark("pctOfPlan", planPhrase(ind, fig)),
    change: mark("change", changePhrase(ind, fig, true)),
    changeShort: mark("change", changePhrase(ind, fig, false)),
    yearEnd: mark("yearEnd", yearEndPhrase(ind, fig, input.year, true)),
    yearEndShort: mark("yearEnd", yearEndPhrase(ind, fig, input.year, false)),
    yearEndValue: fig.yearEndValue === null ? null : valuePhrase(ind, fig.yearEndValue),
    lastYearValue: fig.lastYearValue === null ? null : rate ? valuePhrase(percentUnit, fig.lastYearValue) : valuePhrase(ind, fig.lastYearValue),
    target: targetPhrase(ind),
    period: periodPhrase(input.period, input.year),
    year: String(input.year),
    lastYear: String(input.year - 1),
    endDate: periodEndDate(input.period, input.year),
    parts: parts.length ? `trong đó ${parts.join(", ")}` : null,
    partList: parts.length ? parts.join(", ") : null,
    partTargets: partTargets.length ? partTargets.join(", ") : null,
  };
  return renderTemplate(template, values);
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

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/**
 * The live preview of a template a planner is typing: the sentence `code` is written in
 * (its own, or its whole's when it is a part) with `template` in place of the stored one
 * ("" = the default of its kind). Runs in the browser.
 */
export function previewSentence(input: SentenceInput, code: string, template: string): RenderedSentence | null {
  const typed = template.trim() === "" ? null : template;
  const withTemplate = (i: SentenceInput): SentenceInput => (i.indicator.code === code ? { ...i, indicator: { ...i.indicator, sentenceTemplate: typed } } : i);
  return renderSentence({ ...withTemplate(input), parts: input.parts?.map(withTemplate) });
}
