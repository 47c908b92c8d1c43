import type Database from "better-sqlite3";
import type { Db } from "@/db/client";
import { computeReport, provinceReport } from "@/lib/reports/province-report";
import { REPORT_YEAR } from "./province";

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs: number): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/**
 * (a) The full-province report for one period against one plain SQL scan-and-sum over the
 * same rows (this year's and last year's values), timed in the same run:
 * - `reportAfterChangeMs`: what the product does when someone opens a report after a
 *   department saved a value: the report (provinceReport) catches up from the change journal.
 * - `computeMs`: the whole roll-up computed again from the read models in memory.
 * - `rebuildMs`: everything read again from SQLite and computed (a server's first report).
 */
export function reportComputeBench(db: Db, sqlite: Database.Database) {
  const plain = sqlite.prepare(
    "select indicator_id, sum(value) as total from indicator_values where year in (?, ?) group by indicator_id",
  );
  const rowsRead = (
    sqlite
      .prepare("select count(*) as n from indicator_values where year in (?, ?)")
      .get(REPORT_YEAR, REPORT_YEAR - 1) as { n: number }
  ).n;
  const plainMs = time(() => plain.all(REPORT_YEAR, REPORT_YEAR - 1), 15);
  // a real change: one department's monthly value (a different indicator each time)
  const valueIds = (
    sqlite
      .prepare("select id from indicator_values where year = ? and period = 'T05' order by id")
      .all(REPORT_YEAR) as { id: number }[]
  ).map((r) => r.id);
  let next = 0;
  const changeOneValue = sqlite.prepare(
    "update indicator_values set value = value + 10000, version = version + 1 where id = ?",
  );
  // a catalogue change makes every read model start again from SQLite
  const touchCatalogue = sqlite.prepare("update plan_years set cutoff_day = cutoff_day where year = ?");
  const afterChange: Record<string, number> = {};
  const compute: Record<string, number> = {};
  const rebuild: Record<string, number> = {};
  for (const period of ["6T", "N", "T07"] as const) {
    afterChange[period] = time(() => {
      changeOneValue.run(valueIds[next++ % valueIds.length]);
      provinceReport(db, { year: REPORT_YEAR, period });
    }, 15);
    compute[period] = time(() => computeReport(db, { year: REPORT_YEAR, period }), 15);
    rebuild[period] = time(() => {
      touchCatalogue.run(REPORT_YEAR);
      computeReport(db, { year: REPORT_YEAR, period });
    }, 9);
  }
  const worst = (r: Record<string, number>) => Math.max(...Object.values(r));
  const rounded = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]));
  return {
    rowsRead,
    plainScanSumMs: round(plainMs),
    reportAfterChangeMs: rounded(afterChange),
    ratio: round(worst(afterChange) / plainMs),
    computeMs: rounded(compute),
    ratioCompute: round(worst(compute) / plainMs),
    rebuildMs: rounded(rebuild),
    ratioRebuild: round(worst(rebuild) / plainMs),
    target: "≤ 3",
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
