import type Database from "better-sqlite3";
import type { Db, Tx } from "./client";
import { rawClient } from "./raw";

/** How long a writer waits for another process's write lock before giving up (SQLITE_BUSY). */
export const WRITE_LOCK_TIMEOUT_MS = 5000;
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Write transactions take the write lock when they begin (BEGIN IMMEDIATE): with several
 * server processes, a transaction that read first and then wrote could otherwise find
 * another process's newer commit and fail at once (SQLITE_BUSY) instead of waiting.
 */
const WRITE = { behavior: "immediate" } as const;

const isBusy = (error: unknown) => (error as { code?: string } | null)?.code === "SQLITE_BUSY";

function setBusyTimeout(client: Database.Database, ms: number) {
  client.pragma(`busy_timeout = ${ms}`);
}

/**
 * A write transaction (BEGIN IMMEDIATE) that waits for another process's write lock by
 * polling every 0.1–1 ms. SQLite's own busy handler sleeps 1, 2, 5, 10, 15, 20, 25 … ms
 * between tries, so with two server processes saving at once a writer slept up to 25 ms for
 * a lock that was free again after 2: half of a save's latency under load was that sleep.
 * Only BEGIN is retried; once the transaction has begun, `fn` runs exactly once, and an
 * error inside it rolls back and propagates as before.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T, timeoutMs = WRITE_LOCK_TIMEOUT_MS): T {
  const client = rawClient(db);
  // nested in another transaction: the lock is already held
  if (client.inTransaction) return db.transaction(fn, WRITE);
  const deadline = Date.now() + timeoutMs;
  let wait = 0.1;
  for (;;) {
    let begun = false;
    setBusyTimeout(client, 0);
    try {
      return db.transaction((tx) => {
        begun = true;
        setBusyTimeout(client, timeoutMs);
        return fn(tx);
      }, WRITE);
    } catch (error) {
      if (begun || !isBusy(error) || Date.now() >= deadline) throw error;
    } finally {
      if (!begun) setBusyTimeout(client, timeoutMs);
    }
    Atomics.wait(pause, 0, 0, wait);
    wait = Math.min(wait * 2, 1);
  }
}
