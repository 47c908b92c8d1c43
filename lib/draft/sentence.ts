import type { PeriodCode } from "@/lib/periods";
import type { ReportFigures } from "@/lib/rollup/report-row";
import type { FigureField, FigureRef, Run } from "./model";
import { periodSpan } from "@/lib/periods";
import { DEFAULT_HOUSE_STYLE, yearEndName, type HouseStyle } from "./house-style";
import {
  addedPhrase,
  changePhrase,
  countedPhrase,
  isCount,
  isSlicedPeriod,
  ownPeriodPhrase,
  toDatePhrase,
  verdictPhrase,
  yearEstimatePhrase,
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
  rate: "{name} {period} {verb} {value} so với cùng kỳ[, {verdict}][, {parts}]",
  /** a count kept as a level: "Toàn tỉnh có thêm 06 xã đạt chuẩn nông thôn mới, nâng tổng số lên 98 xã" */
  count: "Toàn tỉnh có thêm {added} {what}, nâng tổng số lên {value}[, {pctOfPlan}][, {parts}]",
  /** the same when it did not grow (or last year's end is missing): "Toàn tỉnh có 98 xã đạt chuẩn nông thôn mới" */
  countTotal: "Toàn tỉnh có {value} {what}[, {pctOfPlan}][, {parts}]",
  part: "{name} {value}[, {pctOfPlan}][, {changeShort}]",
  ratePart: "{name} {signed}",
} as const;

export interface SentenceInput {
  indicator: WordedIndicator & { sentenceTemplate?: string | null };
  figures: ReportFigures;
  year: number;
  period: PeriodCode;
  parts?: SentenceInput[];
  /** the province's house style (default: Lạng Sơn's) */
  style?: HouseStyle;
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
  if (isCount(indicator)) return DEFAULT_TEMPLATES.count;
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

/**
 * A month's or quarter's sentence states its own figure and the year to date (issue 13): a
 * template "{name} {verb} {value}…" (or "{name}[ {est}] {value}…") becomes "{name} tháng 10 ước
 * đạt A, …; lũy kế 10 tháng ước đạt B…"; any other gets the own figure in brackets after the
 * clause of {value} ("13 dự án (tháng 10: 01 dự án, …)"), and "Lũy kế 10 tháng, " before it
 * when nothing in it names the period. A template that places {own}/{ownShort} itself is kept.
 */
function slicedTemplate(template: string): { template: string; prefix: boolean } {
  if (/\{own(Short)?\}/.test(template)) return { template, prefix: false };
  if (/^\s*\+?\s*[,;:]?\s*\{name\}\s*(\{verb\}|\[\s*\{est\}\s*\])\s*\{value\}/.test(template)) {
    return { template: template.replace("{name}", "{name}[ {own};] {toDate}"), prefix: false };
  }
  const prefix = !isContinuation(template) && !/\{(period|endDate|toDate)\}/.test(template);
  return {
    template: template.replace(
      /\{value\}[^[.;]*/,
      (clause) => `${clause.trimEnd()}[ ({ownShort})]${clause.slice(clause.trimEnd().length)}`,
    ),
    prefix,
  };
}

function markedSentence(input: SentenceInput, template: string, asPart: boolean, figures: FigureRef[]): string | null {
  const { indicator: ind, figures: fig } = input;
  if (fig.value === null) return null;
  const style = input.style ?? DEFAULT_HOUSE_STYLE;
  const rate = ind.kind === "rate";
  const parts = (input.parts ?? [])
    .map((p) =>
      markedSentence({ ...p, style }, templateFor(p.indicator, true).replace(/^\s*\+\s*[,;]?\s*/, ""), true, figures),
    )
    .filter((s): s is string => s !== null);
  const added = isCount(ind) ? addedPhrase(ind, fig) : null;
  if (template === DEFAULT_TEMPLATES.count && added === null) template = DEFAULT_TEMPLATES.countTotal;
  const sliced = !asPart && ind.kind === "cumulative" && isSlicedPeriod(input.period);
  let prefix = false;
  if (sliced) ({ template, prefix } = slicedTemplate(template));
  if (!asPart && !template.includes("{yearEstimate}")) template = `${template}[; {yearEstimate}]`;
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
    verb: rate ? `${estimate ? "ước " : ""}${fig.value < 0 ? "giảm" : "tăng"}` : verbFor(fig, ind, name),
    est: estimate ? "ước" : null,
    value: mark("value", rate ? valuePhrase(percentUnit, Math.abs(fig.value)) : valuePhrase(ind, fig.value)),
    signed: rate ? mark("value", signedRatePhrase(ind, fig.value)) : null,
    pct: mark("pctOfPlan", pctPhrase(ind, fig, style)),
    pctOfPlan: mark("pctOfPlan", planPhrase(ind, fig, style)),
    change: mark("change", changePhrase(ind, fig, true, style)),
    changeShort: mark("change", changePhrase(ind, fig, false, style)),
    yearEnd: mark("yearEnd", yearEndPhrase(ind, fig, input.year, true, style)),
    yearEndShort: mark("yearEnd", yearEndPhrase(ind, fig, input.year, false, style)),
    yearEndName: yearEndName(input.year, style),
    verdict: verdictPhrase(ind, fig, periodSpan(input.period).end === 12),
    own: sliced ? mark("inPeriod", ownPeriodPhrase(ind, fig, input.period, input.year, false, style, name)) : null,
    ownShort: sliced ? mark("inPeriod", ownPeriodPhrase(ind, fig, input.period, input.year, true, style, name)) : null,
    toDate: toDatePhrase(input.period),
    yearEstimate: asPart
      ? null
      : withWords(`${YEAR_ESTIMATE_WORDS} `, mark("yearEstimate", yearEstimatePhrase(ind, fig, input.period, style))),
    added: added === null ? null : mark("yearEnd", added),
    what: countedPhrase(ind),
    yearEndValue: fig.yearEndValue === null ? null : valuePhrase(ind, fig.yearEndValue),
    lastYearValue:
      fig.lastYearValue === null
        ? null
        : rate
          ? valuePhrase(percentUnit, fig.lastYearValue)
          : valuePhrase(ind, fig.lastYearValue),
    target: targetPhrase(ind),
    // a cumulative figure of a month or quarter report is the year to date: "lũy kế 10 tháng"
    period: sliced ? toDatePhrase(input.period) : periodPhrase(input.period, input.year),
    year: String(input.year),
    lastYear: String(input.year - 1),
    endDate: periodEndDate(input.period, input.year),
    parts: parts.length ? `trong đó ${parts.join(", ")}` : null,
    partList: parts.length ? parts.join(", ") : null,
    partTargets: partTargets.length ? partTargets.join(", ") : null,
  };
  const rendered = renderTemplate(template, values);
  return prefix ? `${upperFirst(toDatePhrase(input.period)!)}, ${lowerFirst(rendered)}` : rendered;
}

/** The words before a whole-year estimate; the draft gathers a paragraph's estimates after its last clause. */
export const YEAR_ESTIMATE_WORDS = "ước thực hiện cả năm";

const withWords = (words: string, text: string | null) => (text === null ? null : `${words}${text}`);

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
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
  const withTemplate = (i: SentenceInput): SentenceInput =>
    i.indicator.code === code ? { ...i, indicator: { ...i.indicator, sentenceTemplate: typed } } : i;
  return renderSentence({ ...withTemplate(input), parts: input.parts?.map(withTemplate) });
}
