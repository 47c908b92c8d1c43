import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, indicatorAssignments, indicators, indicatorValues, planYears, submissions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/auth/tokens";
import { searchKey } from "@/lib/text/search";
import { decimalStringFromScaled } from "@/lib/numbers";
import autocannon from "autocannon";

export const BENCH_YEAR = 2031;
const CLIENTS = 20;
const INDICATORS_PER_DEPARTMENT = 40;
const ROUNDS = 12;
/** passes over every (department, month) slot: 4 × 240 saves, so connection set-up is a small share */
const PASSES = 4;

/** 20 departments with 40 indicators each in an open bench year, an officer and a token per department. */
export function seedEntryBench(db: Db): { department: string; token: string; codes: string[] }[] {
  const hash = hashPassword("Bench2031x");
  return db.transaction((tx) => {
    tx.insert(planYears).values({ year: BENCH_YEAR, status: "open" }).run();
    return Array.from({ length: CLIENTS }, (_, d) => {
      const code = `bench${d}`;
      const dept = tx.insert(departments).values({ code, name: `Đơn vị thử tải ${d}`, shortName: `TT${d}`, validFrom: BENCH_YEAR }).returning().get();
      const user = tx.insert(users).values({ username: `${code}.canbo`, fullName: `Cán bộ ${code}`, role: "officer", departmentId: dept.id, passwordHash: hash }).returning().get();
      const codes = Array.from({ length: INDICATORS_PER_DEPARTMENT }, (_, i) => {
        const indicatorCode = `${code}.ct${i}`;
        const ind = tx.insert(indicators).values({ code: indicatorCode, name: `Chỉ tiêu thử ${i}`, unit: "tỷ đồng", kind: "cumulative", searchName: searchKey(`Chỉ tiêu thử ${i}`), precision: 1 }).returning().get();
        tx.insert(indicatorAssignments).values({ indicatorId: ind.id, year: BENCH_YEAR, departmentId: dept.id }).run();
        return indicatorCode;
      });
      const { token } = createApiToken(tx as unknown as Db, user.id, "bench");
      return { department: code, token, codes };
    });
  });
}

/**
 * 20 connections (autocannon) save departments' full months (40 values each): every
 * (department, month) slot once per pass, 4 passes (960 saves; a slot's next save is 240
 * requests later). Latency is autocannon's own (p90 and p97.5 bracket p95). Then the
 * database must hold exactly the last acknowledged figure of every slot.
 */
export async function runEntrySaveBench(db: Db, url: string, clients: ReturnType<typeof seedEntryBench>) {
  await saveRound(url, clients, () => "1", 40); // warm-up, overwritten below
  const acknowledged = new Map<string, string>();
  let errors = 0;
  const errorStatuses: Record<string, number> = {};
  const result = await saveRound(url, clients, (c, month, i, pass) => `${pass * 100_000 + c * 1000 + month * 10 + i},${(i * 7) % 10}`, clients.length * ROUNDS * PASSES, (status, body) => {
    if (status !== 200) {
      errors += 1;
      errorStatuses[status] = (errorStatuses[status] ?? 0) + 1;
      return;
    }
    for (const stored of (JSON.parse(body) as { values: { indicator: string; period: string; value: number }[] }).values) acknowledged.set(`${stored.indicator}:${stored.period}`, String(stored.value));
  });
  const bench = db.select({ id: departments.id }).from(departments).where(inArray(departments.code, clients.map((c) => c.department))).all();
  const rows = db
    .select({ code: indicators.code, period: indicatorValues.period, value: indicatorValues.value })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicatorValues.year, BENCH_YEAR), inArray(indicatorValues.departmentId, bench.map((b) => b.id))))
    .all();
  const stored = new Map(rows.map((r) => [`${r.code}:${r.period}`, decimalStringFromScaled(r.value)]));
  const mismatches = [...acknowledged].filter(([key, value]) => stored.get(key) !== value).length + Math.max(0, stored.size - acknowledged.size);
  const submissionsCount = db.select({ id: submissions.id }).from(submissions).where(eq(submissions.year, BENCH_YEAR)).all().length;
  const l = result.latency;
  return {
    saves: { count: result.requests.total, p50: l.p50, p90: l.p90, p95UpperBound: l.p97_5, p99: l.p99, max: l.max, target: "p95 ≤ 100 ms" },
    errors: errors + result.errors + result.non2xx,
    errorStatuses,
    acknowledgedValues: acknowledged.size,
    storedValues: stored.size,
    mismatches,
    submissions: submissionsCount,
  };
}

/** One autocannon run of `amount` saves over 20 connections; request n writes client n % 20, month n / 20 + 1. */
async function saveRound(
  url: string,
  clients: ReturnType<typeof seedEntryBench>,
  valueOf: (client: number, month: number, index: number, pass: number) => string,
  amount: number,
  onDone?: (status: number, body: string) => void,
) {
  let sequence = 0;
  return autocannon({
    url,
    connections: clients.length,
    amount,
    requests: [
      {
        method: "PUT",
        setupRequest: (request: Record<string, unknown>) => {
          const n = sequence++;
          const c = n % clients.length;
          const month = (Math.floor(n / clients.length) % ROUNDS) + 1;
          const pass = Math.floor(n / (clients.length * ROUNDS));
          const client = clients[c];
          return {
            ...request,
            path: `/api/v1/submissions/${client.department}/${BENCH_YEAR}/${month}/values`,
            headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
            body: JSON.stringify({ values: client.codes.map((indicator, i) => ({ indicator, value: valueOf(c, month, i, pass), status: "estimate" })) }),
          };
        },
        onResponse: (status: number, body: string) => onDone?.(status, body),
      },
    ],
  });
}
