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
 * Opens the database with WAL (readers never block the writer), foreign keys on,
 * synchronous=NORMAL (in WAL mode a commit survives a process crash; only an OS crash or
 * power loss may drop the last transactions) and a busy timeout for concurrent writers.
 */
export function openDatabase(file: string): { sqlite: Database.Database; db: Db } {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
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
