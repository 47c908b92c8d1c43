// One autocannon run in a process of its own, so the bench's own heap (the synthetic province,
// the read models of the compute bench) and its GC pauses do not land in the measured latency.
// Usage: node bench/http-load.mjs '<json options>' → prints autocannon's result as JSON.
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2]);
const result = await autocannon({ connections: 20, duration: 10, ...options });
process.stdout.write(JSON.stringify(result));
