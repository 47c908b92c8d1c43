import type Database from "better-sqlite3";
import { statement } from "./raw";
import { changesSince, journalHead, type ChangeSet } from "./journal";

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

interface Slot {
  stamp: string;
  head: number;
  value: unknown;
}
const slots = new WeakMap<Database.Database, Map<string, Slot>>();
const MAX_SLOTS = 32;

/**
 * A read model kept up to date from the change journal: reused while the database is
 * unchanged; after a change, `catchUp` gets what changed since it was built and returns the
 * updated model, or null to have it rebuilt (`build`). Exact, like cachedRead, but a change
 * to one value costs re-reading that value, not everything.
 */
export function incrementalRead<T>(
  client: Database.Database,
  key: string,
  build: () => T,
  catchUp: (previous: T, changes: ChangeSet) => T | null,
): T {
  let cache = slots.get(client);
  if (!cache) {
    cache = new Map();
    slots.set(client, cache);
  }
  const stamp = dataStamp(client);
  const slot = cache.get(key);
  if (slot && slot.stamp === stamp) return slot.value as T;
  if (slot) {
    const changes = changesSince(client, slot.head);
    const caughtUp = changes.complete ? catchUp(slot.value as T, changes) : null;
    if (caughtUp !== null) {
      keep(cache, key, { stamp, head: changes.head, value: caughtUp });
      return caughtUp;
    }
  }
  const head = journalHead(client);
  const value = build();
  keep(cache, key, { stamp, head, value });
  return value;
}

function keep(cache: Map<string, Slot>, key: string, slot: Slot) {
  cache.delete(key);
  cache.set(key, slot);
  if (cache.size > MAX_SLOTS) cache.delete(cache.keys().next().value!);
}
