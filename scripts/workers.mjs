import os from "node:os";

/** How many server workers to run: WEB_CONCURRENCY when set (1-16), else one per core, at most 4. */
export function workerCount(env = process.env, cores = os.availableParallelism()) {
  const wanted = Number(env.WEB_CONCURRENCY);
  if (Number.isInteger(wanted) && wanted >= 1) return Math.min(wanted, 16);
  return Math.max(1, Math.min(cores, 4));
}
