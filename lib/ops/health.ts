import type Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_FOLDER } from "@/db/path";
import { databaseWritable } from "./write-probe";

export interface Health {
  status: "ok" | "error";
  /** "not writable": reads work but a write is refused (lib/ops/write-probe.ts), so nobody can sign in or save */
  db: "ok" | "error" | "not writable";
  /** the tag of the last migration applied to the database ("0001_values_year_index") */
  migration: string | null;
  /** migrations in the code that the database has not applied (0 when up to date) */
  pendingMigrations: number | null;
  /** free bytes on the database's file system, and whether it is under DISK_FREE_MIN_BYTES (default 200 MB): reported, not fatal */
  diskFreeBytes: number | null;
  diskLow: boolean;
}

interface JournalEntry {
  tag: string;
  when: number;
}

let cachedJournal: JournalEntry[] | undefined;
function journal(): JournalEntry[] {
  return (cachedJournal ??= (
    JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: JournalEntry[];
    }
  ).entries);
}

/** The applied migration's tag: drizzle records each migration's `created_at` = the journal's `when`. */
export function migrationState(sqlite: Database.Database): { migration: string | null; pending: number } {
  const applied = sqlite.prepare("select created_at as at from __drizzle_migrations order by created_at").all() as {
    at: number;
  }[];
  const entries = journal();
  const last = applied.at(-1)?.at;
  const tag = entries.find((e) => e.when === Number(last))?.tag ?? (last ? `unknown (${last})` : null);
  const appliedSet = new Set(applied.map((a) => Number(a.at)));
  return { migration: tag, pending: entries.filter((e) => !appliedSet.has(e.when)).length };
}

export function diskFree(file: string): number | null {
  try {
    const stats = fs.statfsSync(path.dirname(file));
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

export function healthOf(
  sqlite: Database.Database,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  now = Date.now(),
): Health {
  const minFree = Number(env.DISK_FREE_MIN_BYTES ?? 200 * 1024 * 1024);
  const free = file === ":memory:" ? null : diskFree(file);
  const diskLow = free !== null && free < minFree;
  try {
    const { migration, pending } = migrationState(sqlite);
    const writable = databaseWritable(sqlite, file, now);
    const ok = pending === 0 && writable;
    // low disk is reported, not fatal: the server still answers reads
    return {
      status: ok ? "ok" : "error",
      db: writable ? "ok" : "not writable",
      migration,
      pendingMigrations: pending,
      diskFreeBytes: free,
      diskLow,
    };
  } catch {
    return { status: "error", db: "error", migration: null, pendingMigrations: null, diskFreeBytes: free, diskLow };
  }
}
