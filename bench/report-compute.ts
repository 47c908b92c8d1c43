import type Database from "better-sqlite3";
import type { Db } from "@/db/client";
import { computeReport } from "@/lib/reports/province-report";
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
 * same rows (this year's and last year's values), timed in the same run.
 */
export function reportComputeBench(db: Db, sqlite: Database.Database) {
  const plain = sqlite.prepare("select indicator_id, sum(value) as total from indicator_values where year in (?, ?) group by indicator_id");
  const rowsRead = (sqlite.prepare("select count(*) as n from indicator_values where year in (?, ?)").get(REPORT_YEAR, REPORT_YEAR - 1) as { n: number }).n;
  const plainMs = time(() => plain.all(REPORT_YEAR, REPORT_YEAR - 1), 15);
  // a no-op write changes the database stamp, so the next report reads everything again (cold)
  const touch = sqlite.prepare("update plan_years set cutoff_day = cutoff_day where year = ?");
  const warm: Record<string, number> = {};
  const cold: Record<string, number> = {};
  for (const period of ["6T", "N", "T07"] as const) {
    // warm: the roll-up computed from read models already in memory (the report's own result cache bypassed)
    warm[period] = time(() => computeReport(db, { year: REPORT_YEAR, period }), 15);
    // after a change: every row read again from SQLite, then computed
    cold[period] = time(() => {
      touch.run(REPORT_YEAR);
      computeReport(db, { year: REPORT_YEAR, period });
    }, 9);
  }
  const worst = (r: Record<string, number>) => Math.max(...Object.values(r));
  const rounded = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]));
  return {
    rowsRead,
    plainScanSumMs: round(plainMs),
    reportMs: rounded(warm),
    ratio: round(worst(warm) / plainMs),
    reportAfterChangeMs: rounded(cold),
    ratioAfterChange: round(worst(cold) / plainMs),
    target: "≤ 3",
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
