import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { createApiToken } from "@/lib/auth/tokens";
import { HOSTILE_WORKBOOKS } from "../tests/corpus/bad-input";
import { manyRowsWorkbook } from "../tests/fixtures/hostile-xlsx";

const round = (ms: number) => Math.round(ms);
const percentile = (xs: number[], p: number) =>
  xs.length === 0 ? 0 : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** A token of the demo's officer of Văn phòng UBND tỉnh, whose December 2024 is open. */
export function uploadBenchToken(db: Db): string {
  const officer = db.select().from(users).where(eq(users.username, "vpubnd.canbo")).get()!;
  return createApiToken(db, officer.id, "bench-uploads").token;
}

/** /api/health latencies (ms) polled every 50 ms while `work` runs. */
async function healthDuring<T>(url: string, work: () => Promise<T>): Promise<{ result: T; health: number[] }> {
  const health: number[] = [];
  let running = true;
  const poll = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(`${url}/api/health`)).text();
      health.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return { result: await work(), health };
  } finally {
    running = false;
    await poll;
  }
}

/**
 * Issue 15, defect 3 (`npm run bench -- uploads`): each hostile workbook of the bad-input
 * corpus uploaded alone (time to its refusal), then 5 and 14 at once (a million rows each) with
 * /api/health polled throughout. Targets: refusal within about 2 s, health under 1 s.
 */
export async function hostileUploadsBench(url: string, token: string, workerRssMb: () => number[]) {
  const path = `${url}/api/v1/submissions/vpubnd/2024/12/import`;
  const upload = async (body: Buffer) => {
    const started = performance.now();
    const response = await fetch(path, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
      body: new Uint8Array(body),
    });
    const answer = (await response.json()) as { error?: string };
    return { status: response.status, error: answer.error ?? "", ms: performance.now() - started };
  };
  const baseline = await healthDuring(url, () => new Promise((r) => setTimeout(r, 2000)));
  const alone: Record<string, { bytes: number; status: number; ms: number; error: string }> = {};
  const millionRows = manyRowsWorkbook(1_000_000);
  for (const [label, build] of HOSTILE_WORKBOOKS) {
    const body = label.startsWith("a million rows") ? millionRows : build();
    const answer = await upload(body);
    alone[label] = { bytes: body.length, status: answer.status, ms: round(answer.ms), error: answer.error };
  }
  const concurrent: Record<string, unknown> = {};
  for (const count of [5, 14]) {
    const started = performance.now();
    const { result, health } = await healthDuring(url, () =>
      Promise.all(Array.from({ length: count }, () => upload(millionRows))),
    );
    concurrent[`${count} at once`] = {
      statuses: [...new Set(result.map((r) => r.status))],
      slowestRefusalMs: round(Math.max(...result.map((r) => r.ms))),
      allRefusedMs: round(performance.now() - started),
      healthPolls: health.length,
      healthP50Ms: round(percentile(health, 50)),
      healthMaxMs: round(Math.max(...health)),
    };
  }
  return {
    healthBaseline: { p50Ms: round(percentile(baseline.health, 50)), maxMs: round(Math.max(...baseline.health)) },
    alone,
    concurrent,
    workerRssMb: workerRssMb(),
  };
}
