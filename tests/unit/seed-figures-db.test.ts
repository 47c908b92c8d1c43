import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { coverage, type SeedCoverage } from "@/db/seed/data";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { decimalsOf, roundTo } from "@/lib/numbers/decimal";
import type { PeriodCode } from "@/lib/periods";
import { provinceReport, type ReportRow } from "@/lib/reports/province-report";
import { parseCsvWithHeader } from "@/db/seed/csv";

/**
 * The demo's own roll-up, from the database through the report the product shows (issue 4):
 * every covered figure of seed-figures.csv comes out at the seed's precision.
 */
const csv = new Map(
  parseCsvWithHeader(readFileSync(path.resolve(__dirname, "../../db/seed/seed-figures.csv"), "utf8")).map((r) => [
    r.line,
    r.row,
  ]),
);
type Covered = Extract<SeedCoverage, { indicator: string }>;
const cases = coverage
  .filter((c): c is Covered => "indicator" in c && !c.isTarget)
  .map((c) => ({ name: `line ${c.line}: ${c.indicator} ${c.year} ${c.period}`, c }));

let db: Db;
const reports = new Map<string, Map<string, ReportRow>>();
function rowFor(year: number, period: PeriodCode, code: string): ReportRow | undefined {
  const key = `${year}:${period}`;
  if (!reports.has(key))
    reports.set(key, new Map(provinceReport(db, { year, period }).map((r) => [r.indicator.code, r])));
  return reports.get(key)!.get(code);
}

const same = (computed: number | null, stated: string) => {
  const target = Number(stated);
  expect(computed, `stated ${stated}`).not.toBeNull();
  expect(roundTo(computed!, decimalsOf(target))).toBe(target);
};

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
});

describe("the demo's roll-up reproduces seed-figures.csv", () => {
  it("covers a good share of the seeds", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases)("$name", ({ c }) => {
    const stated = csv.get(c.line)!;
    const row = rowFor(c.year, c.period, c.indicator);
    expect(row, "indicator in the year's plan").toBeDefined();
    const factor = c.unitFactor ?? 1;
    const statedAsPctOfPlan = stated.unit === "% kế hoạch" && row!.indicator.unit !== "% kế hoạch";
    if (!statedAsPctOfPlan) same(row!.value === null ? null : row!.value / factor, stated.value);
    if (stated.pct_of_plan !== "" && row!.indicator.kind !== "rate")
      same(row!.pctOfPlanBySource[c.targetSource ?? "hdnd"] ?? null, stated.pct_of_plan);
    if (stated.pct_vs_base !== "") {
      const change =
        row!.indicator.kind === "rate"
          ? row!.changePoints
          : c.base === "year_end"
            ? row!.changeVsYearEndPct
            : row!.changePct;
      same(change, stated.pct_vs_base);
    }
  });
});
