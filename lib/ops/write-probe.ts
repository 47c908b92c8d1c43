import type Database from "better-sqlite3";
import fs from "node:fs";
import { log } from "./log";

/**
 * Whether the database takes writes, for /api/health. A read-only database file (the disk
 * remounted read-only, the file's owner or mode changed, `query_only`) still answers every
 * read, so a health check that only reads says ok while nobody can sign in or save.
 *
 * The probe writes inside a transaction and rolls it back: `PRAGMA user_version` set to its
 * own value dirties the header page, which SQLite refuses on a read-only database
 * (SQLITE_READONLY), and the rollback leaves nothing on disk (in WAL mode the page never
 * reaches the log), so other processes' caches keyed by data_version (db/read-cache.ts) are
 * untouched. The file system is asked too: after an I/O error a disk may be remounted
 * read-only under a connection opened for writing, which SQLite finds out only at commit.
 * Another process holding the write lock means the database is writable: the probe does not
 * wait for it.
 */

/** /api/health is the benchmarks' baseline and monitors poll it: a probe's answer is reused this long. */
export const WRITE_PROBE_TTL_MS = 1000;

const probes = new WeakMap<Database.Database, { at: number; writable: boolean }>();

const codeOf = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";

/** null when the database takes writes, else why not. */
function probe(sqlite: Database.Database, file: string): unknown {
  // inside a transaction of this connection (never between requests): the lock is already held
  if (sqlite.inTransaction) return null;
  if (file !== ":memory:") {
    try {
      fs.accessSync(file, fs.constants.W_OK);
    } catch (error) {
      return error;
    }
  }
  const timeout = Number(sqlite.pragma("busy_timeout", { simple: true }));
  sqlite.pragma("busy_timeout = 0");
  try {
    sqlite.exec("BEGIN IMMEDIATE");
    const version = Number(sqlite.pragma("user_version", { simple: true }));
    sqlite.pragma(`user_version = ${version}`);
    return null;
  } catch (error) {
    const code = codeOf(error);
    return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") ? null : error;
  } finally {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
}

/** The probe's answer, reused for WRITE_PROBE_TTL_MS; logged when it changes. */
export function databaseWritable(sqlite: Database.Database, file: string, now = Date.now()): boolean {
  const last = probes.get(sqlite);
  if (last && now - last.at >= 0 && now - last.at < WRITE_PROBE_TTL_MS) return last.writable;
  const error = probe(sqlite, file);
  const writable = error === null;
  if (!writable && last?.writable !== false)
    log.error({ err: error, code: codeOf(error), file }, "database not writable");
  else if (writable && last?.writable === false) log.info({ file }, "database writable again");
  probes.set(sqlite, { at: now, writable });
  return writable;
}
