// The save load of the entry bench (bench/entry-save.ts), in a process of its own so the
// bench's heap and its GC pauses stay out of the measured latency. Reads its options as JSON
// from argv[2]: { url, clients: [{ department, token, codes }], year, rounds, passes, warmupSeconds }.
// Prints { result (with the exact p95), acknowledged: [[indicator:period, value]], errors, errorStatuses } as JSON.
import autocannon from "autocannon";
import { percentile, recordLatencies } from "./latencies.mjs";

const { url, clients, year, rounds, passes, warmupSeconds } = JSON.parse(process.argv[2]);

/** One autocannon run over 20 connections (`amount` saves, or for `duration` seconds); request n writes client n % 20, month n / 20 + 1. */
function saveRound(valueOf, { amount, duration }, onDone) {
  let sequence = 0;
  const instance = autocannon({
    url,
    connections: clients.length,
    ...(amount ? { amount } : { duration }),
    requests: [
      {
        method: "PUT",
        setupRequest: (request) => {
          const n = sequence++;
          const c = n % clients.length;
          const month = (Math.floor(n / clients.length) % rounds) + 1;
          const pass = Math.floor(n / (clients.length * rounds));
          const client = clients[c];
          return {
            ...request,
            path: `/api/v1/submissions/${client.department}/${year}/${month}/values`,
            headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
            // forced: each slot is overwritten without reading its version (a slot's next save is 240 requests on)
            body: JSON.stringify({
              force: true,
              values: client.codes.map((indicator, i) => ({
                indicator,
                value: valueOf(c, month, i, pass),
                status: "estimate",
              })),
            }),
          };
        },
        onResponse: (status, body) => onDone?.(status, body),
      },
    ],
  });
  const times = recordLatencies(instance);
  return instance.then((result) => ({ ...result, p95: percentile(times, 95) }));
}

await saveRound(() => "1", { duration: warmupSeconds }); // warm-up, overwritten below
const acknowledged = new Map();
let errors = 0;
const errorStatuses = {};
const result = await saveRound(
  (c, month, i, pass) => `${pass * 100_000 + c * 1000 + month * 10 + i},${(i * 7) % 10}`,
  { amount: clients.length * rounds * passes },
  (status, body) => {
    if (status !== 200) {
      errors += 1;
      errorStatuses[status] = (errorStatuses[status] ?? 0) + 1;
      return;
    }
    for (const stored of JSON.parse(body).values)
      acknowledged.set(`${stored.indicator}:${stored.period}`, String(stored.value));
  },
);
process.stdout.write(JSON.stringify({ result, acknowledged: [...acknowledged], errors, errorStatuses }));
