// One autocannon run in a process of its own, so the bench's own heap (the synthetic province,
// the read models of the compute bench) and its GC pauses do not land in the measured latency.
// Usage: node bench/http-load.mjs '<json options>' → prints autocannon's result, with the exact p95, as JSON.
import autocannon from "autocannon";
import { percentile, recordLatencies } from "./latencies.mjs";

const options = JSON.parse(process.argv[2]);
const instance = autocannon({ connections: 20, duration: 10, ...options });
const times = recordLatencies(instance);
const result = await instance;
process.stdout.write(JSON.stringify({ ...result, p95: percentile(times, 95) }));
