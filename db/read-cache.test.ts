import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedRead } from "./read-cache";

describe("exact read cache", () => {
  it("reuses a result until this connection or another one changes the database", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cache-")), "t.db");
    const a = new Database(file);
    a.pragma("journal_mode = WAL");
    a.exec("create table t (v integer)");
    let computed = 0;
    const read = () =>
      cachedRead(a, "sum", () => {
        computed += 1;
        return (a.prepare("select coalesce(sum(v), 0) as s from t").get() as { s: number }).s;
      });
    expect(read()).toBe(0);
    expect(read()).toBe(0);
    expect(computed).toBe(1);
    a.prepare("insert into t values (5)").run();
    expect(read()).toBe(5);
    expect(computed).toBe(2);
    const b = new Database(file);
    b.prepare("insert into t values (7)").run();
    expect(read()).toBe(12);
    expect(computed).toBe(3);
    b.close();
    a.close();
  });
});
