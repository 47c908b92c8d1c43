import { spawnSync } from "node:child_process";
import path from "node:path";
import type autocannon from "autocannon";
import { openDatabase } from "@/db/client";
import { createApiToken } from "@/lib/auth/tokens";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { RANKED_INDICATOR, REPORT_YEAR } from "./province";
import { withCpuSteal } from "./cpu-steal";
import { startServer } from "./server";
import { WARMUP_SECONDS } from "./warmup";

async function sessionCookie(url: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error("login failed in bench");
  return session;
}

/** 20 connections for `duration` seconds, from a fresh process (bench/http-load.mjs). */
function run(
  url: string,
  headers: Record<string, string>,
  duration = 10,
): Promise<autocannon.Result & { p95: number }> {
  const child = spawnSync(
    process.execPath,
    [path.join(__dirname, "http-load.mjs"), JSON.stringify({ url, connections: 20, duration, headers })],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`load client failed: ${child.stderr}`);
  return Promise.resolve(JSON.parse(child.stdout) as autocannon.Result & { p95: number });
}

/** The same load first, not measured (bench/warmup.ts): a production server answers warm (JIT-compiled, caches filled). */
async function warmThenMeasure(url: string, headers: Record<string, string>) {
  await run(url, headers, WARMUP_SECONDS);
  const { result, cpuStealPct } = await withCpuSteal(() => run(url, headers));
  return { ...figures(result), cpuStealPct };
}

/** The figures of a run: autocannon's percentiles and the exact p95 (bench/latencies.mjs), the one the target names. */
function figures(r: autocannon.Result & { p95: number }) {
  return {
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p95: r.p95,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    rps: r.requests.average,
  };
}

/** GET under 20 connections for 10 s. */
export async function loadWithAutocannon(url: string, headers: Record<string, string> = {}) {
  return figures(await run(url, headers));
}

/** (b) dashboard page and report API under 20 concurrent clients (autocannon, 10 s each), with /api/health for scale. */
export async function httpLoadBench(file: string, port: number) {
  const { db, sqlite } = openDatabase(file);
  const leader = db.select().from(users).where(eq(users.username, "lanhdao")).get()!;
  const { token } = createApiToken(db, leader.id, "bench");
  sqlite.close();
  const server = await startServer(file, port);
  try {
    const health = await warmThenMeasure(`${server.url}/api/health`, {});
    const reportUrl = `${server.url}/api/v1/reports/${REPORT_YEAR}/6T`;
    // an API client accepts gzip (every HTTP library sends it): the cached answer is sent compressed
    const apiHeaders = { authorization: `Bearer ${token}`, "accept-encoding": "gzip, deflate, br" };
    const api = await warmThenMeasure(reportUrl, apiHeaders);
    // the same GET repeated with the ETag it was given: 304 before anything is computed
    const etag = (await fetch(reportUrl, { headers: { authorization: `Bearer ${token}` } })).headers.get("etag") ?? "";
    const conditional = await warmThenMeasure(reportUrl, { ...apiHeaders, "if-none-match": etag });
    // issue 17: the communes ranked on one indicator (60 units, each with its months and targets)
    const ranking = await warmThenMeasure(
      `${server.url}/api/v1/reports/${REPORT_YEAR}/6T/units?indicator=${RANKED_INDICATOR}`,
      apiHeaders,
    );
    // signed in just before: a browser's session cookie is never more than a minute old (the
    // front door slides it), while autocannon would keep sending the first one and make every
    // request re-issue it
    const cookie = await sessionCookie(server.url, "lanhdao", "Bench2031x");
    const dashboard = await warmThenMeasure(`${server.url}/dashboard?year=${REPORT_YEAR}&period=6T`, {
      cookie,
      "accept-encoding": "gzip, deflate, br",
    });
    const ratio = (r: ReturnType<typeof figures>) => Math.round((r.p95 / health.p95) * 10) / 10;
    return {
      health,
      reportApi: { ...api, ratioToHealth: ratio(api) },
      reportApiNotModified: {
        ...conditional,
        ratioToHealth: ratio(conditional),
        note: "304s are counted as non2xx by autocannon",
      },
      unitRanking: { ...ranking, ratioToHealth: ratio(ranking) },
      workerRssMb: server.workerRssMb(),
      dashboard: { ...dashboard, ratioToHealth: ratio(dashboard) },
      target: "p95 ≤ 200 ms",
    };
  } finally {
    server.stop();
  }
}
