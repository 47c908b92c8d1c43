/**
 * `npm run test:load`: 50 officers saving at the deadline for 5 minutes (LOAD_SECONDS), then
 * their department heads submit. Passes only with zero errors and zero lost values; prints
 * p50/p95/p99 of the saves and writes bench/out/load.json.
 *
 * 25 departments × 2 officers (each owning 20 of the department's 40 indicators, so no two
 * people edit one value) and a department head. Each officer loops: save their 20 figures for
 * the month (a new figure every round), and every 5th round read the month back, pausing
 * LOAD_THINK_MS (default 1000, ±50 %) between saves: a person at the deadline saving every
 * second, far more often than anyone types. LOAD_THINK_MS=0 saturates the server instead.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import {
  departments,
  indicatorAssignments,
  indicators,
  indicatorValues,
  planYears,
  submissions,
  users,
} from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/auth/tokens";
import { decimalStringFromScaled } from "@/lib/numbers";
import { searchKey } from "@/lib/text/search";
import { startServer } from "./server";

const YEAR = 2032;
const MONTH = 11;
const DEPARTMENTS = 25;
const OFFICERS_PER_DEPARTMENT = 2;
const INDICATORS_PER_OFFICER = 20;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 300);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 1000);
const pause = () => new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
const describeError = (error: unknown) => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `${String(error)}${cause ? ` (${cause.code ?? ""} ${cause.message ?? ""})` : ""}`;
};

interface Officer {
  department: string;
  token: string;
  codes: string[];
}

function seed(db: Db): { officers: Officer[]; heads: { department: string; token: string }[] } {
  const hash = hashPassword("Load2032x");
  return db.transaction((tx) => {
    tx.insert(planYears).values({ year: YEAR, status: "open" }).run();
    const officers: Officer[] = [];
    const heads: { department: string; token: string }[] = [];
    for (let d = 0; d < DEPARTMENTS; d++) {
      const code = `load${d}`;
      const dept = tx
        .insert(departments)
        .values({ code, name: `Đơn vị tải ${d}`, shortName: `TL${d}`, validFrom: YEAR })
        .returning()
        .get();
      const codes = Array.from({ length: OFFICERS_PER_DEPARTMENT * INDICATORS_PER_OFFICER }, (_, i) => {
        const indicatorCode = `${code}.ct${i}`;
        const ind = tx
          .insert(indicators)
          .values({
            code: indicatorCode,
            name: `Chỉ tiêu tải ${i}`,
            unit: "tỷ đồng",
            kind: "cumulative",
            searchName: searchKey(`Chỉ tiêu tải ${i}`),
            precision: 1,
          })
          .returning()
          .get();
        tx.insert(indicatorAssignments).values({ indicatorId: ind.id, year: YEAR, departmentId: dept.id }).run();
        return indicatorCode;
      });
      for (let o = 0; o < OFFICERS_PER_DEPARTMENT; o++) {
        const user = tx
          .insert(users)
          .values({
            username: `${code}.canbo${o}`,
            fullName: `Cán bộ ${code} ${o}`,
            role: "officer",
            departmentId: dept.id,
            passwordHash: hash,
          })
          .returning()
          .get();
        officers.push({
          department: code,
          token: createApiToken(tx as unknown as Db, user.id, "load").token,
          codes: codes.slice(o * INDICATORS_PER_OFFICER, (o + 1) * INDICATORS_PER_OFFICER),
        });
      }
      const head = tx
        .insert(users)
        .values({
          username: `${code}.lanhdao`,
          fullName: `Lãnh đạo ${code}`,
          role: "dept_head",
          departmentId: dept.id,
          passwordHash: hash,
        })
        .returning()
        .get();
      heads.push({ department: code, token: createApiToken(tx as unknown as Db, head.id, "load").token });
    }
    return { officers, heads };
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-load-"));
  const file = path.join(dir, "load.db");
  const { db } = openDatabase(file);
  migrateDatabase(db);
  loadDemoProvince(db);
  const { officers, heads } = seed(db);
  // one log line per request is the server's normal output; under load only warnings are printed
  process.env.LOG_LEVEL ??= "warn";
  const server = await startServer(file, Number(process.env.LOAD_PORT ?? 3180));
  const saveLatencies: number[] = [];
  const readLatencies: number[] = [];
  const errors: string[] = [];
  const acknowledged = new Map<string, string>();
  const deadline = Date.now() + SECONDS * 1000;
  console.log(
    `== ${officers.length} cán bộ lưu số liệu đồng thời trong ${SECONDS} s (nghỉ ~${THINK_MS} ms giữa hai lần lưu)`,
  );

  try {
    await Promise.all(
      officers.map(async (officer, o) => {
        const base = `${server.url}/api/v1/submissions/${officer.department}/${YEAR}/${MONTH}`;
        const headers = { authorization: `Bearer ${officer.token}`, "content-type": "application/json" };
        // the version each value was last stored at, as the entry form sends it (0: none yet)
        const versions = new Map<string, number>();
        for (let round = 1; Date.now() < deadline; round++) {
          const values = officer.codes.map((indicator, i) => ({
            indicator,
            value: `${round * 1000 + o},${i % 10}`,
            status: "estimate",
            version: versions.get(indicator) ?? 0,
          }));
          const started = performance.now();
          try {
            const response = await fetch(`${base}/values`, {
              method: "PUT",
              headers,
              body: JSON.stringify({ values }),
            });
            const body = await response.text();
            saveLatencies.push(performance.now() - started);
            if (response.status !== 200) {
              errors.push(`save ${officer.department} ${response.status} ${body.slice(0, 200)}`);
              continue;
            }
            for (const stored of (
              JSON.parse(body) as { values: { indicator: string; value: number; version: number }[] }
            ).values) {
              acknowledged.set(stored.indicator, decimalStringFromScaled(Math.round(stored.value * 10_000)));
              versions.set(stored.indicator, stored.version);
            }
          } catch (error) {
            errors.push(`save ${officer.department} ${describeError(error)}`);
          }
          if (round % 5 === 0) {
            const readStarted = performance.now();
            const read = await fetch(base, { headers }).catch(
              (e) => ({ status: 0, text: async () => String(e) }) as const,
            );
            await read.text();
            readLatencies.push(performance.now() - readStarted);
            if (read.status !== 200) errors.push(`read ${officer.department} ${read.status}`);
          }
          if (THINK_MS > 0) await pause();
        }
      }),
    );
    // the deadline: every department head submits
    const submitLatencies: number[] = [];
    await Promise.all(
      heads.map(async (head) => {
        const started = performance.now();
        const response = await fetch(`${server.url}/api/v1/submissions/${head.department}/${YEAR}/${MONTH}/submit`, {
          method: "POST",
          headers: { authorization: `Bearer ${head.token}`, "content-type": "application/json" },
          body: "{}",
        });
        submitLatencies.push(performance.now() - started);
        if (response.status !== 200)
          errors.push(`submit ${head.department} ${response.status} ${(await response.text()).slice(0, 200)}`);
      }),
    );

    const loadDepartments = db
      .select({ id: departments.id })
      .from(departments)
      .where(
        inArray(
          departments.code,
          heads.map((h) => h.department),
        ),
      )
      .all()
      .map((d) => d.id);
    const rows = db
      .select({ code: indicators.code, value: indicatorValues.value })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .where(and(eq(indicatorValues.year, YEAR), inArray(indicatorValues.departmentId, loadDepartments)))
      .all();
    const stored = new Map(rows.map((r) => [r.code, decimalStringFromScaled(r.value)]));
    const lost = [...acknowledged].filter(([code, value]) => stored.get(code) !== value);
    const submitted = db
      .select({ state: submissions.state })
      .from(submissions)
      .where(and(eq(submissions.year, YEAR), inArray(submissions.departmentId, loadDepartments)))
      .all();

    const sorted = [...saveLatencies].sort((a, b) => a - b);
    const reads = [...readLatencies].sort((a, b) => a - b);
    const round1 = (n: number) => Math.round(n * 10) / 10;
    const result = {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      officers: officers.length,
      seconds: SECONDS,
      thinkMs: THINK_MS,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      saves: {
        count: sorted.length,
        valuesPerSave: INDICATORS_PER_OFFICER,
        perSecond: round1(sorted.length / SECONDS),
        p50: round1(percentile(sorted, 50)),
        p95: round1(percentile(sorted, 95)),
        p99: round1(percentile(sorted, 99)),
        max: round1(sorted.at(-1) ?? 0),
      },
      reads: {
        count: reads.length,
        p50: round1(percentile(reads, 50)),
        p95: round1(percentile(reads, 95)),
        p99: round1(percentile(reads, 99)),
      },
      submits: { count: submitLatencies.length, max: round1(Math.max(...submitLatencies)) },
      errors: errors.length,
      firstErrors: errors.slice(0, 5),
      acknowledgedValues: acknowledged.size,
      lostValues: lost.length,
      submittedDepartments: submitted.filter((s) => s.state === "submitted").length,
    };
    console.log(JSON.stringify(result, null, 2));
    fs.mkdirSync(path.join(__dirname, "out"), { recursive: true });
    fs.writeFileSync(path.join(__dirname, "out", "load.json"), JSON.stringify(result, null, 2));
    const ok =
      result.errors === 0 &&
      result.lostValues === 0 &&
      result.acknowledgedValues === officers.length * INDICATORS_PER_OFFICER &&
      result.submittedDepartments === DEPARTMENTS;
    console.log(ok ? "ĐẠT: không lỗi, không mất số liệu" : "KHÔNG ĐẠT");
    process.exitCode = ok ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
