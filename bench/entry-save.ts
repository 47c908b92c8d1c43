import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  departments,
  indicatorAssignments,
  indicators,
  indicatorValues,
  planYears,
  submissions,
  users,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/auth/tokens";
import { searchKey } from "@/lib/text/search";
import { decimalStringFromScaled } from "@/lib/numbers";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { withCpuSteal } from "./cpu-steal";
import { WARMUP_SECONDS } from "./warmup";
import type autocannon from "autocannon";

export const BENCH_YEAR = 2031;
const CLIENTS = 20;
const INDICATORS_PER_DEPARTMENT = 40;
const ROUNDS = 12;
/** passes over every (department, month) slot: 12 × 240 saves (about 10 s, as long as an HTTP run) */
const PASSES = 12;

/** 20 departments with 40 indicators each in an open bench year, an officer and a token per department. */
export function seedEntryBench(db: Db): { department: string; token: string; codes: string[] }[] {
  const hash = hashPassword("Bench2031x");
  return db.transaction((tx) => {
    tx.insert(planYears).values({ year: BENCH_YEAR, status: "open" }).run();
    return Array.from({ length: CLIENTS }, (_, d) => {
      const code = `bench${d}`;
      const dept = tx
        .insert(departments)
        .values({ code, name: `Đơn vị thử tải ${d}`, shortName: `TT${d}`, validFrom: BENCH_YEAR })
        .returning()
        .get();
      const user = tx
        .insert(users)
        .values({
          username: `${code}.canbo`,
          fullName: `Cán bộ ${code}`,
          role: "officer",
          departmentId: dept.id,
          passwordHash: hash,
        })
        .returning()
        .get();
      const codes = Array.from({ length: INDICATORS_PER_DEPARTMENT }, (_, i) => {
        const indicatorCode = `${code}.ct${i}`;
        const ind = tx
          .insert(indicators)
          .values({
            code: indicatorCode,
            name: `Chỉ tiêu thử ${i}`,
            unit: "tỷ đồng",
            kind: "cumulative",
            searchName: searchKey(`Chỉ tiêu thử ${i}`),
            precision: 1,
          })
          .returning()
          .get();
        tx.insert(indicatorAssignments).values({ indicatorId: ind.id, year: BENCH_YEAR, departmentId: dept.id }).run();
        return indicatorCode;
      });
      const { token } = createApiToken(tx as unknown as Db, user.id, "bench");
      return { department: code, token, codes };
    });
  });
}

/**
 * After 30 s of warm-up saves, 20 connections (autocannon, in a process of its own:
 * bench/entry-save-load.mjs) save departments' full months (40 values each): every
 * (department, month) slot once per pass, 12 passes (2,880 saves; a slot's next save is 240
 * requests later). Latency is autocannon's response time, p95 computed exactly from every
 * response (bench/latencies.mjs). Then the database must hold exactly the last acknowledged
 * figure of every slot.
 */
export async function runEntrySaveBench(db: Db, url: string, clients: ReturnType<typeof seedEntryBench>) {
  // the same saves first, as before every HTTP measurement (bench/warmup.ts)
  const options = { url, clients, year: BENCH_YEAR, rounds: ROUNDS, passes: PASSES, warmupSeconds: WARMUP_SECONDS };
  const { result: child, cpuStealPct } = await withCpuSteal(() =>
    spawnSync(process.execPath, [path.join(__dirname, "entry-save-load.mjs"), JSON.stringify(options)], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  if (child.status !== 0) throw new Error(`save load failed: ${child.stderr}`);
  const run = JSON.parse(child.stdout) as {
    result: autocannon.Result & { p95: number };
    acknowledged: [string, string][];
    errors: number;
    errorStatuses: Record<string, number>;
  };
  const acknowledged = new Map(run.acknowledged);
  const result = run.result;
  const bench = db
    .select({ id: departments.id })
    .from(departments)
    .where(
      inArray(
        departments.code,
        clients.map((c) => c.department),
      ),
    )
    .all();
  const rows = db
    .select({ code: indicators.code, period: indicatorValues.period, value: indicatorValues.value })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(
      and(
        eq(indicatorValues.year, BENCH_YEAR),
        inArray(
          indicatorValues.departmentId,
          bench.map((b) => b.id),
        ),
      ),
    )
    .all();
  const stored = new Map(rows.map((r) => [`${r.code}:${r.period}`, decimalStringFromScaled(r.value)]));
  const mismatches =
    [...acknowledged].filter(([key, value]) => stored.get(key) !== value).length +
    Math.max(0, stored.size - acknowledged.size);
  const submissionsCount = db
    .select({ id: submissions.id })
    .from(submissions)
    .where(eq(submissions.year, BENCH_YEAR))
    .all().length;
  const l = result.latency;
  return {
    saves: {
      count: result.requests.total,
      p50: l.p50,
      p90: l.p90,
      p95: result.p95,
      p97_5: l.p97_5,
      p99: l.p99,
      max: l.max,
      target: "p95 ≤ 100 ms",
    },
    errors: run.errors + result.errors + result.non2xx,
    errorStatuses: run.errorStatuses,
    acknowledgedValues: acknowledged.size,
    storedValues: stored.size,
    mismatches,
    submissions: submissionsCount,
    cpuStealPct,
  };
}
