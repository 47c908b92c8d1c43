import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { writeTransaction } from "./write";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function database() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-write-"));
  dirs.push(dir);
  const file = path.join(dir, "w.db");
  const opened = openDatabase(file);
  opened.sqlite.exec("create table t (n integer)");
  return { file, ...opened };
}

/** Another process takes the write lock and keeps it for `ms`; resolves once it holds it. */
function holdLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
    const db = new Database(${JSON.stringify(file)});
    db.exec("begin immediate");
    db.exec("insert into t values (-1)");
    process.stdout.write("locked\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec("commit");
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve) => child.stdout!.once("data", () => resolve({ released })));
}

describe("writeTransaction", () => {
  it("waits for another process's write lock and then runs the change once", async () => {
    const { file, db } = database();
    const holder = await holdLock(file, 150);
    let runs = 0;
    const started = Date.now();
    writeTransaction(db, (tx) => {
      runs += 1;
      tx.run(sql`insert into t values (1)`);
    });
    const waited = Date.now() - started;
    await holder.released;
    expect(runs).toBe(1);
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(db.all(sql`select n from t order by n`)).toEqual([{ n: -1 }, { n: 1 }]);
  });

  it("gives up with SQLITE_BUSY when the lock is not freed in time, having changed nothing", async () => {
    const { file, db } = database();
    const holder = await holdLock(file, 1500);
    let runs = 0;
    expect(() => writeTransaction(db, () => (runs += 1), 200)).toThrow(
      expect.objectContaining({ code: "SQLITE_BUSY" }),
    );
    expect(runs).toBe(0);
    await holder.released;
  });

  it("rolls back and does not retry when the change itself fails", () => {
    const { db } = database();
    let runs = 0;
    expect(() =>
      writeTransaction(db, (tx) => {
        runs += 1;
        tx.run(sql`insert into t values (2)`);
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(runs).toBe(1);
    expect(db.all(sql`select n from t`)).toEqual([]);
  });

  it("restores the connection's busy timeout afterwards", () => {
    const { db, sqlite } = database();
    writeTransaction(db, (tx) => tx.run(sql`insert into t values (3)`));
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
  });
});
