import { formatViNumber } from "@/lib/numbers/vi-format";
import type { PeriodCode } from "@/lib/periods";

/**
 * How many of a seed's figures the demo's drafts state exactly (issue 13, "Done when"): the
 * measurement behind `npm run seed-coverage`. Pure: it reads figures in paragraph texts; the
 * script generates the drafts.
 *
 * A row of seed-figures.csv is stated when one paragraph of a matching draft (its text, never
 * the biểu tổng hợp) writes its value with its unit ("48.232 ha", "97,5%", "thứ 15"), and,
 * in the same sentence after it, its % of plan and its change versus the base ("đạt 98,4%",
 * "bằng 99,6%" or "giảm 0,4%", "giảm 0,12 điểm phần trăm"), at the seed's precision. Counts
 * below ten may take the leading zero of the house style ("03").
 */

export interface SeedFigureRow {
  line: number;
  seedFile: string;
  year: number;
  period: string;
  unit: string;
  value: string;
  pctOfPlan: string;
  pctVsBase: string;
}

export interface DraftKey {
  year: number;
  period: PeriodCode;
}

export interface DraftParagraph {
  text: string;
  /** "indicator", "narrative", "result", "text": where the paragraph comes from */
  origin: string;
}

/** The report each seed is (its own period), besides the period of each row. */
export const SEED_REPORTS: Record<string, DraftKey[]> = {
  "000": [{ year: 2023, period: "6T" }],
  "001": [{ year: 2022, period: "Q1" }],
  "002": [{ year: 2024, period: "9T" }],
  "003": [{ year: 2024, period: "N" }],
  "004": [
    { year: 2022, period: "N" },
    { year: 2023, period: "T04" },
  ],
};

const DEMO_YEARS = new Set([2022, 2023, 2024]);
const MONTH_PERIOD = (month: number) =>
  month === 3
    ? "Q1"
    : month === 6
      ? "6T"
      : month === 9
        ? "9T"
        : month === 12
          ? "N"
          : (`T${String(month).padStart(2, "0")}` as PeriodCode);

/** The period a row's own figure belongs to: "6T" as is, "4T" → T04, "AT:2023-06-30" → 6T, "AT:2023-04-30" → T04. */
export function rowPeriod(row: Pick<SeedFigureRow, "year" | "period">): DraftKey | null {
  if (!DEMO_YEARS.has(row.year)) return null;
  if (["Q1", "6T", "9T", "N"].includes(row.period)) return { year: row.year, period: row.period as PeriodCode };
  const months = /^(\d{1,2})T$/.exec(row.period);
  if (months) return { year: row.year, period: MONTH_PERIOD(Number(months[1])) };
  const at = /^AT:(\d{4})-(\d{2})-\d{2}$/.exec(row.period);
  if (at && DEMO_YEARS.has(Number(at[1]))) return { year: Number(at[1]), period: MONTH_PERIOD(Number(at[2])) };
  return null;
}

/** The drafts a row may be stated in: its seed's report and the period of its own figure. */
export function draftsFor(row: SeedFigureRow): DraftKey[] {
  const keys = [...(SEED_REPORTS[row.seedFile] ?? [])];
  const own = rowPeriod(row);
  if (own && !keys.some((k) => k.year === own.year && k.period === own.period)) keys.push(own);
  return keys;
}

const decimals = (text: string) => (text.split(".")[1] ?? "").length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Not inside a longer number: no digit, or digit and separator, right before. */
const START = "(?<![\\d])(?<!\\d[.,])";

/** The number as the province writes it, at the CSV's precision; a count below ten may be "03". */
function numberPattern(text: string): string {
  const n = Number(text);
  const written = escape(formatViNumber(Math.abs(n), decimals(text)));
  return Number.isInteger(n) && Math.abs(n) < 10 ? `${START}0?${written}` : `${START}${written}`;
}

/** A percentage: "97,5%", or an end of a range "7-7,5%". */
function percentPattern(text: string): string {
  return `${numberPattern(text)}(?:\\s*-\\s*[\\d.,]+)?%|[\\d.,]+\\s*-\\s*${numberPattern(text).replace(START, "")}%`;
}

/** The value with its unit: "%" right after it, otherwise the unit's first word after it ("48.232 ha") or before it ("thứ 15"). */
export function valuePattern(row: Pick<SeedFigureRow, "value" | "unit">): RegExp {
  if (row.unit.startsWith("%")) return new RegExp(percentPattern(row.value), "u");
  const head = escape(row.unit.split(/[\s/]/)[0]);
  const n = numberPattern(row.value);
  return new RegExp(`${n}\\s+${head}|${head}\\s+${n.replace(START, "")}(?![\\d])`, "iu");
}

/** The change versus the base: "tăng 8,3%" / "giảm 0,4%" / "bằng 99,6%" / "0,12 điểm phần trăm". */
export function changePattern(pctVsBase: string): RegExp {
  const change = Number(pctVsBase);
  const abs = numberPattern(pctVsBase.replace(/^-/, ""));
  const ratio = formatViNumber(100 + change, decimals(pctVsBase));
  return new RegExp(`${abs}(?:%|\\s+điểm phần trăm)|${START}${escape(ratio)}%`, "u");
}

/** The end of the sentence (or of the clause after ";") that starts at `from`. */
function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const m = /[.;](?=\s|$)/.exec(rest);
  return m ? from + m.index + 1 : text.length;
}

/** Where a row is stated in a draft's paragraphs: the origin of the first paragraph that states it, or null. */
export function statedIn(row: SeedFigureRow, paragraphs: DraftParagraph[]): string | null {
  const value = valuePattern(row);
  const followers = [
    row.pctOfPlan !== "" ? new RegExp(percentPattern(row.pctOfPlan), "u") : null,
    row.pctVsBase !== "" ? changePattern(row.pctVsBase) : null,
  ].filter((p): p is RegExp => p !== null);
  for (const p of paragraphs) {
    const global = new RegExp(value.source, `${value.flags}g`);
    for (const m of p.text.matchAll(global)) {
      const clause = p.text.slice(m.index, sentenceEnd(p.text, m.index + m[0].length));
      if (followers.every((f) => f.test(clause))) return p.origin;
    }
  }
  return null;
}

export interface SeedCoverageCount {
  seedFile: string;
  stated: number;
  total: number;
  /** stated rows by the origin of the paragraph stating them */
  byOrigin: Record<string, number>;
  /** the lines stated by each origin */
  linesByOrigin: Record<string, number[]>;
  missing: number[];
}

/** Counts per seed file; `paragraphsOf` gives a draft's paragraphs (generated once per key by the caller). */
export function countSeedCoverage(
  rows: SeedFigureRow[],
  paragraphsOf: (key: DraftKey) => DraftParagraph[],
): SeedCoverageCount[] {
  const bySeed = new Map<string, SeedCoverageCount>();
  for (const row of rows) {
    const count = bySeed.get(row.seedFile) ?? {
      seedFile: row.seedFile,
      stated: 0,
      total: 0,
      byOrigin: {},
      linesByOrigin: {},
      missing: [],
    };
    bySeed.set(row.seedFile, count);
    count.total += 1;
    const origin = draftsFor(row)
      .map((key) => statedIn(row, paragraphsOf(key)))
      .find((o) => o !== null);
    if (origin) {
      count.stated += 1;
      count.byOrigin[origin] = (count.byOrigin[origin] ?? 0) + 1;
      (count.linesByOrigin[origin] ??= []).push(row.line);
    } else count.missing.push(row.line);
  }
  return [...bySeed.values()].sort((a, b) => a.seedFile.localeCompare(b.seedFile));
}

/** A CSV record (db/seed/csv.ts) as a row. */
export function seedFigureRow(line: number, r: Record<string, string>): SeedFigureRow {
  return {
    line,
    seedFile: r.seed_file.slice(0, 3),
    year: Number(r.year),
    period: r.period,
    unit: r.unit,
    value: r.value,
    pctOfPlan: r.pct_of_plan,
    pctVsBase: r.pct_vs_base,
  };
}
