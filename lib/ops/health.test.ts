import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { healthOf } from "./health";
import { WRITE_PROBE_TTL_MS } from "./write-probe";

const opened: Database.Database[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.close()));

/** A migrated database file of the test's own, through the app's own opening (WAL). */
function database(): { sqlite: Database.Database; file: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-health-")), "app.db");
  const { sqlite, db } = openDatabase(file);
  migrateDatabase(db);
  opened.push(sqlite);
  return { sqlite, file };
}

describe("health: the database must take writes", () => {
  it("is ok on a writable, migrated database", () => {
    const { sqlite, file } = database();
    expect(healthOf(sqlite, file)).toMatchObject({ status: "ok", db: "ok", pendingMigrations: 0 });
  });

  it("answers not writable when the connection may only read (query_only)", () => {
    const { sqlite, file } = database();
    sqlite.pragma("query_only = ON");
    expect(healthOf(sqlite, file)).toMatchObject({ status: "error", db: "not writable" });
  });

  it("answers not writable on a connection opened read-only, as on a read-only file", () => {
    const { file } = database();
    const readOnly = new Database(file, { readonly: true });
    opened.push(readOnly);
    // reads still work: a read-only health check said ok here
    expect(readOnly.prepare("select count(*) as n from users").get()).toEqual({ n: 0 });
    expect(healthOf(readOnly, file)).toMatchObject({ status: "error", db: "not writable" });
  });

  it("reuses the probe's answer for a second, then probes again", () => {
    const { sqlite, file } = database();
    const t0 = 1_000_000;
    expect(healthOf(sqlite, file, process.env, t0).db).toBe("ok");
    sqlite.pragma("query_only = ON");
    expect(healthOf(sqlite, file, process.env, t0 + WRITE_PROBE_TTL_MS - 1).db).toBe("ok");
    expect(healthOf(sqlite, file, process.env, t0 + WRITE_PROBE_TTL_MS).db).toBe("not writable");
    sqlite.pragma("query_only = OFF");
    expect(healthOf(sqlite, file, process.env, t0 + 2 * WRITE_PROBE_TTL_MS).db).toBe("ok");
  });

  it("leaves no trace: other connections see no commit, the file and the user version are unchanged", () => {
    const { sqlite, file } = database();
    const other = new Database(file);
    opened.push(other);
    const dataVersion = other.pragma("data_version", { simple: true });
    const walSize = fs.statSync(`${file}-wal`).size;
    const changes = sqlite.prepare("select total_changes() as n").get();
    expect(healthOf(sqlite, file, process.env, 5_000_000).db).toBe("ok");
    expect(other.pragma("data_version", { simple: true })).toBe(dataVersion);
    expect(fs.statSync(`${file}-wal`).size).toBe(walSize);
    expect(sqlite.prepare("select total_changes() as n").get()).toEqual(changes);
    expect(sqlite.inTransaction).toBe(false);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("counts a database busy with another process's write as writable, without waiting for it", () => {
    const { sqlite, file } = database();
    const writer = new Database(file);
    opened.push(writer);
    writer.exec("BEGIN IMMEDIATE");
    const started = Date.now();
    expect(healthOf(sqlite, file, process.env, 9_000_000).db).toBe("ok");
    expect(Date.now() - started).toBeLessThan(500);
    writer.exec("ROLLBACK");
  });
});
