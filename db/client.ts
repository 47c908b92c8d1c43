import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { MIGRATIONS_FOLDER, databasePath } from "./path";

export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle: better-sqlite3 transactions are synchronous, keep callbacks sync. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * synchronous: NORMAL by default. In WAL mode a commit is in the WAL file (the OS's page
 * cache) before it is acknowledged, so it survives a crash or kill -9 of the server
 * (e2e/hardening-faults.spec.ts); only an OS crash or power loss may drop the transactions
 * since the last checkpoint, and the database stays consistent either way. SQLITE_SYNCHRONOUS=FULL
 * fsyncs every commit for hosts without protected power (docs/operations.md).
 */
export function synchronousSetting(env: NodeJS.ProcessEnv = process.env): "NORMAL" | "FULL" {
  const value = (env.SQLITE_SYNCHRONOUS ?? "NORMAL").toUpperCase();
  if (value !== "NORMAL" && value !== "FULL")
    throw new Error(`SQLITE_SYNCHRONOUS phải là NORMAL hoặc FULL (nhận được "${env.SQLITE_SYNCHRONOUS}")`);
  return value;
}

/**
 * Opens the database with WAL (readers never block the writer), foreign keys on,
 * synchronous as above and a busy timeout for concurrent writers.
 */
export function openDatabase(file: string): { sqlite: Database.Database; db: Db } {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`synchronous = ${synchronousSetting()}`);
  sqlite.pragma("busy_timeout = 5000");
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

const globalForDb = globalThis as unknown as { __chiTieuDb?: { sqlite: Database.Database; db: Db } };

/** The process-wide connection, opened and migrated on first use. */
export function getConnection(): { sqlite: Database.Database; db: Db } {
  if (!globalForDb.__chiTieuDb) {
    const connection = openDatabase(databasePath());
    migrateDatabase(connection.db);
    globalForDb.__chiTieuDb = connection;
  }
  return globalForDb.__chiTieuDb;
}

export function getDb(): Db {
  return getConnection().db;
}
