import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { coverage, departments, indicators, results, sections, targets, values } from "@/db/seed/data";
import type { SeedCoverage, SeedIndicator, SeedTarget } from "@/db/seed/data";
import { decimalsOf, fromScaled, roundTo, scaledFromDecimalString } from "@/lib/numbers/decimal";
import { MONTH_PERIODS, periodSpan, type PeriodCode } from "@/lib/periods";
import {
  changeVsBase,
  pctOfPlan,
  periodValue,
  yearEndValue,
  type EntryMap,
  type PeriodFigure,
  type Target,
  type TargetSource,
} from "@/lib/rollup";

import { parseCsvWithHeader } from "@/db/seed/csv";

/**
 * The demo province must state every figure of seed-figures.csv it covers: the same value,
 * % of plan and change versus the base, at the seed's precision (docs/domain.md §11).
 */

const CSV_PATH = path.resolve(__dirname, "../../db/seed/seed-figures.csv");
const csvRows = parseCsvWithHeader(readFileSync(CSV_PATH, "utf8"));
const csvByLine = new Map(csvRows.map((r) => [r.line, r.row]));

const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));
const CANONICAL = /^-?\d+(\.\d{1,4})?$/;
const DEMO_YEARS = [2022, 2023, 2024];
const RATE_PERIODS: PeriodCode[] = ["Q1", "6T", "9T", "N"];
/**
 * Indicators without an HĐND target: the part of the budget HĐND does not set a dự toán for (the
 * parts' targets add up to the total without it), and employment, a statistic of the labour survey.
 */
const WITHOUT_TARGET = new Set([
  "thu_ns.huy_dong",
  "ld.co_viec_lam",
  "ld.co_viec_lam.nln",
  "ld.co_viec_lam.cnxd",
  "ld.co_viec_lam.dv",
]);

const entryMaps = new Map<string, EntryMap>();
for (const v of values) {
  const key = `${v.indicator}:${v.year}`;
  const map = entryMaps.get(key) ?? {};
  map[v.period] = { period: v.period, value: scaledFromDecimalString(v.value), status: v.status };
  entryMaps.set(key, map);
}
const entriesOf = (indicator: string, year: number): EntryMap => entryMaps.get(`${indicator}:${year}`) ?? {};

function targetOf(indicator: string, year: number, source: TargetSource = "hdnd"): SeedTarget | undefined {
  return targets.find((t) => t.indicator === indicator && t.year === year && t.source === source);
}

const toNumber = (text: string | undefined) => (text === undefined ? null : Number(text));
const asTarget = (t: SeedTarget): Target => ({
  source: t.source,
  value: toNumber(t.value),
  min: toNumber(t.min),
  max: toNumber(t.max),
});

type Covered = Extract<SeedCoverage, { indicator: string }>;
type StatedByResult = Extract<SeedCoverage, { result: string }>;

/** The base a row's change is measured against. */
function baseFigure(ind: SeedIndicator, c: Covered): PeriodFigure {
  const lastYear = entriesOf(ind.code, c.year - 1);
  switch (c.base ?? "cung_ky") {
    case "year_end":
      return yearEndValue(ind.kind, lastYear);
    case "nam_truoc":
      return periodValue(ind.kind, lastYear, "N");
    default:
      return periodValue(ind.kind, lastYear, c.period);
  }
}

/** Checks a computed figure against the CSV's at the CSV's decimals and, to print as written, at the indicator's. */
function expectStated(computed: number, stated: string, displayDecimals: number | undefined, what: string) {
  const csv = Number(stated);
  expect(roundTo(computed, decimalsOf(csv)), `${what} ${computed}`).toBe(csv);
  if (displayDecimals !== undefined)
    expect(roundTo(computed, displayDecimals), `${what} ${computed} printed at ${displayDecimals} decimals`).toBe(csv);
}

const coveredCases = coverage
  .filter((c): c is Covered => "indicator" in c)
  .map((c) => ({ name: `line ${c.line}: ${c.indicator} ${c.year} ${c.period}${c.isTarget ? " (target)" : ""}`, c }));

describe("seed-figures.csv coverage", () => {
  it("gives every data line exactly one entry", () => {
    const dataLines = csvRows.map((r) => r.line);
    expect(dataLines).toEqual(Array.from({ length: 240 }, (_, i) => i + 2));
    const covered = coverage.map((c) => c.line).sort((a, b) => a - b);
    expect(covered).toEqual(dataLines);
  });

  it("names a known indicator, a result item or a reason for every line", () => {
    for (const c of coverage) {
      if ("excluded" in c) expect(c.excluded.length, `line ${c.line}`).toBeGreaterThan(10);
      else if ("result" in c)
        expect(
          results.some((r) => r.key === c.result),
          `line ${c.line}: ${c.result}`,
        ).toBe(true);
      else expect(indicatorByCode.has(c.indicator), `line ${c.line}: ${c.indicator}`).toBe(true);
    }
  });

  it.each(
    coverage
      .filter((c) => "result" in c)
      .map((c) => ({ name: `line ${c.line}: result ${(c as StatedByResult).result}`, c: c as StatedByResult })),
  )("$name", ({ c }) => {
    const row = csvByLine.get(c.line)!;
    const item = results.find((r) => r.key === c.result)!;
    // the item's figure is the seed's, and the item is dated in a month of the period whose draft states it
    expect(item.figures[c.figure - 1]?.value, "figure").toBe(String(Number(row.value)));
    const [year, month] = item.date.split("-").map(Number);
    expect(year).toBe(c.year);
    const span = periodSpan(c.period);
    expect(
      month >= (c.period === "6T" || c.period === "9T" || c.period === "N" ? 1 : span.start) && month <= span.end,
      `${item.date} in ${c.period}`,
    ).toBe(true);
    expect(
      sections.some((s) => s.code === item.section && !s.narrativeOnly),
      item.section,
    ).toBe(true);
    expect(
      departments.some((d) => d.code === item.department),
      item.department,
    ).toBe(true);
  });

  it.each(coveredCases)("$name", ({ c }) => {
    const row = csvByLine.get(c.line)!;
    const ind = indicatorByCode.get(c.indicator)!;
    expect(Number(row.year)).toBe(c.year);
    const factor = c.unitFactor ?? 1;

    if (c.isTarget) {
      const t = targetOf(c.indicator, c.year, c.targetSource);
      expect(t, "target").toBeDefined();
      const figure = t!.value ?? (/cận trên/.test(row.indicator) ? t!.max : (t!.min ?? t!.max));
      expectStated(Number(figure) / factor, row.value, undefined, "target");
      return;
    }

    const figure = periodValue(ind.kind, entriesOf(c.indicator, c.year), c.period);
    expect(figure.value, `value missing, months ${figure.missingMonths.join(",")}`).not.toBeNull();
    const value = fromScaled(figure.value!);

    // a row whose figure is itself a % of plan ("đạt 92,8% kế hoạch") is checked as % of plan
    const statedAsPctOfPlan = row.unit === "% kế hoạch" && ind.unit !== "% kế hoạch";
    if (!statedAsPctOfPlan) expectStated(value / factor, row.value, factor === 1 ? ind.precision : undefined, "value");

    const lastMonth = periodSpan(c.period).end;
    if (row.qualifier === "uoc") expect(figure.status, "ước").toBe("estimate");
    else if (!(c.year === 2024 && lastMonth >= 10)) expect(figure.status, "not ước").toBe("official");

    if (row.pct_of_plan !== "" && ind.kind !== "rate") {
      const t = targetOf(c.indicator, c.year, c.targetSource);
      expect(t, "target").toBeDefined();
      const pct = pctOfPlan(ind.kind, value, asTarget(t!));
      expect(pct, "% of plan").not.toBeNull();
      expectStated(pct!, row.pct_of_plan, ind.pctPrecision ?? 1, "% of plan");
    }

    if (row.pct_vs_base !== "") {
      const base = baseFigure(ind, c);
      expect(base.value, `base missing (${c.base ?? "cung_ky"})`).not.toBeNull();
      const change = changeVsBase(ind.kind, figure.value, base.value);
      const got = ind.kind === "rate" ? fromScaled(change.points!) : change.pct!;
      expectStated(got, row.pct_vs_base, ind.changePrecision ?? 1, "change");
    }
  });
});

describe("demo indicators", () => {
  const sectionCodes = new Set(sections.filter((s) => !s.narrativeOnly).map((s) => s.code));
  const departmentCodes = new Set(departments.map((d) => d.code));

  it("has at least 40 indicators with unique codes", () => {
    expect(indicators.length).toBeGreaterThanOrEqual(40);
    expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
    for (const i of indicators) expect(i.code).toMatch(/^[a-z0-9_.]+$/);
  });

  it("puts every indicator in a known section and department, after its parent of the same kind", () => {
    indicators.forEach((ind, index) => {
      expect(sectionCodes.has(ind.section), `${ind.code}: section ${ind.section}`).toBe(true);
      expect(departmentCodes.has(ind.department), `${ind.code}: department ${ind.department}`).toBe(true);
      if (ind.parent) {
        const parentIndex = indicators.findIndex((p) => p.code === ind.parent);
        expect(parentIndex, `${ind.code}: parent ${ind.parent}`).toBeGreaterThanOrEqual(0);
        expect(parentIndex).toBeLessThan(index);
        expect(indicators[parentIndex].kind).toBe(ind.kind);
      }
    });
  });

  it("has an indicator or a result item in every figure-bearing section", () => {
    for (const code of [
      "I.1",
      "I.2",
      "I.3",
      "I.3.1",
      "I.3.2",
      "I.3.3",
      "I.3.4",
      "I.3.5",
      "I.3.6",
      "I.4.1",
      "I.4.2",
      "I.4.3",
      "I.4.4",
      "I.5",
      "I.6",
      "I.7",
    ]) {
      expect(indicators.some((i) => i.section === code) || results.some((r) => r.section === code), code).toBe(true);
    }
  });
});

describe("demo values", () => {
  it("are canonical decimal strings of known indicators, one per indicator, year and period", () => {
    const seen = new Set<string>();
    for (const v of values) {
      expect(v.value, `${v.indicator} ${v.year} ${v.period}`).toMatch(CANONICAL);
      expect(indicatorByCode.has(v.indicator), v.indicator).toBe(true);
      const key = `${v.indicator}:${v.year}:${v.period}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it("give cumulative and point indicators every month and rate indicators Q1, 6T, 9T, N in 2022-2024", () => {
    for (const ind of indicators) {
      const periods = ind.kind === "rate" ? RATE_PERIODS : [...MONTH_PERIODS];
      for (const year of DEMO_YEARS) {
        const entries = entriesOf(ind.code, year);
        for (const p of periods) expect(entries[p], `${ind.code} ${year} ${p}`).toBeDefined();
      }
    }
  });

  it("keep cumulative indicators non-negative and the last months of 2024 as estimates", () => {
    for (const v of values) {
      const ind = indicatorByCode.get(v.indicator)!;
      if (ind.kind === "cumulative")
        expect(Number(v.value), `${v.indicator} ${v.year} ${v.period}`).toBeGreaterThanOrEqual(0);
      if (v.year === 2024 && ["T10", "T11", "T12", "N", "UN"].includes(v.period))
        expect(v.status, `${v.indicator} ${v.period}`).toBe("estimate");
    }
  });

  it("make a cumulative or point parent the sum of its parts, month by month", () => {
    for (const parent of indicators.filter((p) => p.kind !== "rate" && indicators.some((c) => c.parent === p.code))) {
      const parts = indicators.filter((c) => c.parent === parent.code);
      for (const year of DEMO_YEARS) {
        for (const month of MONTH_PERIODS) {
          const sum = parts.reduce((total, part) => total + entriesOf(part.code, year)[month]!.value, 0);
          expect(sum, `${parent.code} ${year} ${month}`).toBe(entriesOf(parent.code, year)[month]!.value);
        }
      }
    }
  });
});

describe("demo targets", () => {
  it("are canonical and shaped as a value, a range or a bound", () => {
    for (const t of targets) {
      expect(indicatorByCode.has(t.indicator), t.indicator).toBe(true);
      expect(DEMO_YEARS).toContain(t.year);
      for (const figure of [t.value, t.min, t.max]) if (figure !== undefined) expect(figure).toMatch(CANONICAL);
      expect(
        t.value !== undefined ? t.min === undefined && t.max === undefined : t.min !== undefined || t.max !== undefined,
        `${t.indicator} ${t.year}`,
      ).toBe(true);
      if (t.min !== undefined && t.max !== undefined) expect(Number(t.min)).toBeLessThan(Number(t.max));
    }
    const keys = targets.map((t) => `${t.indicator}:${t.year}:${t.source}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("set an HĐND target for every cumulative and point indicator in every demo year", () => {
    for (const ind of indicators.filter((i) => i.kind !== "rate" && !WITHOUT_TARGET.has(i.code))) {
      for (const year of DEMO_YEARS) expect(targetOf(ind.code, year), `${ind.code} ${year}`).toBeDefined();
    }
  });

  it("include a GRDP range, two sources for the budget and an upper bound for a lower-is-better indicator", () => {
    const grdp2024 = targetOf("grdp", 2024)!;
    expect([grdp2024.min, grdp2024.max]).toEqual(["7", "7.5"]);
    for (const year of DEMO_YEARS) expect(targetOf("thu_ns", year, "tw")).toBeDefined();
    const poverty = indicatorByCode.get("xh.ho_ngheo")!;
    expect([poverty.section, poverty.direction]).toEqual(["I.4.4", "down"]);
    expect(
      targets
        .filter((t) => t.indicator === "xh.ho_ngheo")
        .every((t) => t.max !== undefined && t.value === undefined && t.min === undefined),
    ).toBe(true);
  });
});
