import type Database from "better-sqlite3";
import type { Db, Tx } from "./client";

/**
 * The better-sqlite3 connection behind a Drizzle handle, for the few hot paths that use
 * cached prepared statements (Drizzle prepares every statement anew on each call).
 * Statements run inside the caller's transaction: same connection, synchronous.
 */
export function rawClient(handle: Db | Tx): Database.Database {
  const session = (handle as unknown as { session?: { client?: Database.Database } }).session;
  if (!session?.client) throw new Error("No better-sqlite3 client behind this Drizzle handle");
  return session.client;
}

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection. */
export function statement(client: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(client);
  if (!cache) {
    cache = new Map();
    caches.set(client, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = client.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
