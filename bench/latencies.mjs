/**
 * Every response time of an autocannon run, for the exact p95 the targets name (autocannon's
 * own summary has p90 and p97.5, not p95).
 */
export function recordLatencies(instance) {
  const times = [];
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  return times;
}

/** Nearest-rank percentile of the recorded times (ms, one decimal). */
export function percentile(times, p) {
  if (times.length === 0) return null;
  const sorted = [...times].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Math.round(sorted[rank - 1] * 10) / 10;
}
