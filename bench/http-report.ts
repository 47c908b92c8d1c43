import autocannon from "autocannon";
import { openDatabase } from "@/db/client";
import { createApiToken } from "@/lib/auth/tokens";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { REPORT_YEAR } from "./province";
import { startServer } from "./server";

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
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error("login failed in bench");
  return session;
}

function run(url: string, headers: Record<string, string>): Promise<autocannon.Result> {
  return autocannon({ url, connections: 20, duration: 10, headers });
}

function figures(r: autocannon.Result) {
  return { requests: r.requests.total, non2xx: r.non2xx, errors: r.errors, p50: r.latency.p50, p95: percentile95(r), p99: r.latency.p99, rps: r.requests.average };
}

/** autocannon reports p97.5, not p95; the histogram is not exposed, so p95 is read between p90 and p97.5. */
function percentile95(r: autocannon.Result): number {
  const lat = r.latency as unknown as Record<string, number>;
  return lat.p95 ?? Math.round((lat.p90 + lat.p97_5) / 2);
}

/** (b) dashboard page and report API under 20 concurrent clients (autocannon, 10 s each), with /api/health for scale. */
export async function httpLoadBench(file: string, port: number) {
  const { db, sqlite } = openDatabase(file);
  const leader = db.select().from(users).where(eq(users.username, "lanhdao")).get()!;
  const { token } = createApiToken(db, leader.id, "bench");
  sqlite.close();
  const server = await startServer(file, port);
  try {
    const cookie = await sessionCookie(server.url, "lanhdao", "Bench2031x");
    await run(`${server.url}/api/health`, {});
    const health = figures(await run(`${server.url}/api/health`, {}));
    const api = figures(await run(`${server.url}/api/v1/reports/${REPORT_YEAR}/6T`, { authorization: `Bearer ${token}` }));
    const dashboard = figures(await run(`${server.url}/dashboard?year=${REPORT_YEAR}&period=6T`, { cookie }));
    return { health, reportApi: { ...api, ratioToHealthP95: Math.round((api.p95 / health.p95) * 10) / 10 }, dashboard: { ...dashboard, ratioToHealthP95: Math.round((dashboard.p95 / health.p95) * 10) / 10 }, target: "p95 ≤ 200 ms" };
  } finally {
    server.stop();
  }
}
