import Database from "better-sqlite3";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { markerFile } from "@/lib/ops/server-marker";

const ROOT = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-restore-"));
const file = path.join(dir, "app.db");
const backup = path.join(dir, "backup.db");

function cli(...args: string[]): { code: number; out: string } {
  try {
    return {
      code: 0,
      out: execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["cli/index.ts", ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: `file:${file}` },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      }),
    };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

const marks = () =>
  (
    new Database(file, { readonly: true })
      .prepare("select count(*) as n from audit_log where action = 'mark'")
      .get() as { n: number }
  ).n;

beforeAll(() => {
  const { db, sqlite } = openDatabase(file);
  migrateDatabase(db);
  sqlite.prepare("insert into audit_log (action, entity, entity_id) values ('mark', 'test', '1')").run();
  sqlite.close();
});

describe("db:backup and db:restore round trip", () => {
  it("restores what the backup held, keeping the replaced database beside it", () => {
    expect(cli("db:backup", backup).code).toBe(0);
    const writer = new Database(file);
    writer.prepare("insert into audit_log (action, entity, entity_id) values ('mark', 'test', '2')").run();
    writer.close();
    expect(marks()).toBe(2);
    const restored = cli("db:restore", backup);
    expect(restored.out).toContain("Đã khôi phục");
    expect(marks()).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("app.db.before-restore-"))).toHaveLength(1);
  }, 60_000);

  it("refuses while a server process uses the database, and ignores the marker of a dead one", async () => {
    const server = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    fs.writeFileSync(markerFile(file), JSON.stringify({ pid: server.pid, startedAt: new Date().toISOString() }));
    const refused = cli("db:restore", backup);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`Máy chủ đang chạy (tiến trình ${server.pid})`);
    server.kill("SIGKILL");
    await new Promise((r) => server.once("exit", r));
    expect(cli("db:restore", backup).code).toBe(0);
  }, 60_000);

  it("refuses a file that is not a Chỉ tiêu backup, leaving the database alone", () => {
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "không phải cơ sở dữ liệu");
    const result = cli("db:restore", junk);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/không đọc được|không phải/);
    expect(marks()).toBe(1);
    expect(cli("db:restore", path.join(dir, "khong-co.db")).out).toContain("Không tìm thấy");
  }, 60_000);
});
