import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, indicatorAssignments, indicators, indicatorValues, planYears, submissions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/auth/tokens";
import { searchKey } from "@/lib/text/search";
import { decimalStringFromScaled } from "@/lib/numbers";
import { summary } from "./server";

export const BENCH_YEAR = 2031;
const CLIENTS = 20;
const INDICATORS_PER_DEPARTMENT = 40;
const ROUNDS = 12;

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
 * Each client saves its department's full month (40 values) once per month, 12 months, all
 * 20 at once; then the database must hold exactly the acknowledged figures.
 */
export async function runEntrySaveBench(db: Db, url: string, clients: ReturnType<typeof seedEntryBench>) {
  const latencies: number[] = [];
  const acknowledged = new Map<string, string>();
  let errors = 0;
  // warm-up: one untimed save per client, so the figures are the server's steady state
  await Promise.all(clients.map((client) => save(url, client, 1, client.codes.map((indicator) => ({ indicator, value: "1", status: "estimate" })))));
  await Promise.all(
    clients.map(async (client, c) => {
      for (let round = 1; round <= ROUNDS; round += 1) {
        const values = client.codes.map((indicator, i) => ({ indicator, value: `${c * 1000 + round * 10 + i},${(i * 7) % 10}`, status: "estimate" }));
        const started = performance.now();
        const { response, body } = await save(url, client, round, values);
        latencies.push(performance.now() - started);
        if (!response.ok) {
          errors += 1;
          continue;
        }
        for (const stored of body.values as { indicator: string; period: string; value: number }[]) acknowledged.set(`${stored.indicator}:${stored.period}`, String(stored.value));
      }
    }),
  );
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
  return { saves: summary(latencies), errors, acknowledgedValues: acknowledged.size, storedValues: stored.size, mismatches, submissions: submissionsCount };
}

async function save(url: string, client: { department: string; token: string }, month: number, values: { indicator: string; value: string; status: string }[]) {
  const response = await fetch(`${url}/api/v1/submissions/${client.department}/${BENCH_YEAR}/${month}/values`, {
    method: "PUT",
    headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
    body: JSON.stringify({ values }),
  });
  return { response, body: await response.json() };
}
