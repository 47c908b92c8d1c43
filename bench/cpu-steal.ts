import fs from "node:fs";

/**
 * The share of CPU time the host took from this virtual machine (the "steal" column of
 * /proc/stat) while `measure` ran, in percent; null where /proc/stat does not exist. On a
 * shared 2-core VM it is 10–25 % even when idle, and a latency run with much of it is slower
 * for reasons outside the app: the bench prints it beside every latency figure.
 */
export async function withCpuSteal<T>(
  measure: () => Promise<T> | T,
): Promise<{ result: T; cpuStealPct: number | null }> {
  const before = cpuTimes();
  const result = await measure();
  const after = cpuTimes();
  if (!before || !after) return { result, cpuStealPct: null };
  const total = after.total - before.total;
  return { result, cpuStealPct: total > 0 ? Math.round(((after.steal - before.steal) / total) * 1000) / 10 : 0 };
}

/** The aggregate "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal … */
export function parseCpuLine(stat: string): { total: number; steal: number } | null {
  const line = stat.split("\n").find((l) => l.startsWith("cpu "));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] };
}

function cpuTimes(): { total: number; steal: number } | null {
  try {
    return parseCpuLine(fs.readFileSync("/proc/stat", "utf8"));
  } catch {
    return null;
  }
}
