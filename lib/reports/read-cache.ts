import type Database from "better-sqlite3";
import { statement } from "@/db/raw";

/**
 * A small cache of read models (entries, catalogue) that is exact: an entry is reused only
 * while the database is unchanged, i.e. while PRAGMA data_version (commits by other
 * connections, such as the CLI) and total_changes() (rows changed through this connection)
 * are what they were when it was computed.
 */
const caches = new WeakMap<Database.Database, Map<string, { stamp: string; value: unknown }>>();
const MAX_ENTRIES = 16;

export function dataStamp(client: Database.Database): string {
  const version = client.pragma("data_version", { simple: true }) as number;
  const changes = (statement(client, "select total_changes() as n").get() as { n: number }).n;
  return `${version}:${changes}`;
}

export function cachedRead<T>(client: Database.Database, key: string, compute: () => T): T {
  let cache = caches.get(client);
  if (!cache) {
    cache = new Map();
    caches.set(client, cache);
  }
  const stamp = dataStamp(client);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = compute();
  cache.delete(key);
  cache.set(key, { stamp, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}
