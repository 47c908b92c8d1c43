import { summary } from "./server";

/** `concurrency` clients each sending `perClient` GET requests back to back; latencies in ms. */
export async function loadGet(url: string, concurrency: number, perClient: number, headers: Record<string, string> = {}) {
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < perClient; i += 1) {
        const started = performance.now();
        const response = await fetch(url, { headers });
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (!response.ok) errors += 1;
      }
    }),
  );
  return { ...summary(latencies), errors };
}
