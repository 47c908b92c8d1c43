import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { checkCredentials } from "@/lib/auth/credentials";
import { userIdForToken } from "@/lib/auth/tokens";

const ROOT = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-cli-"));
const file = path.join(dir, "app.db");

function cli(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["cli/index.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

beforeAll(() => {
  const { db, sqlite } = openDatabase(file);
  migrateDatabase(db);
  loadDemoProvince(db);
  sqlite.close();
});

describe("operator CLI", () => {
  it("creates a user who can log in, refusing a weak password with a message", () => {
    expect(
      cli(
        "user:create",
        "--username",
        "nv.sct",
        "--name",
        "Nguyễn Văn A",
        "--role",
        "officer",
        "--department",
        "sct",
        "--password",
        "abc",
      ),
    ).toMatchObject({ code: 1 });
    const created = cli(
      "user:create",
      "--username",
      "nv.sct",
      "--name",
      "Nguyễn Văn A",
      "--role",
      "officer",
      "--department",
      "sct",
      "--password",
      "MatKhau2024",
    );
    expect(created.code).toBe(0);
    const { db, sqlite } = openDatabase(file);
    expect(checkCredentials(db, { username: "nv.sct", password: "MatKhau2024", ip: "cli-test" }).ok).toBe(true);
    sqlite.close();
  }, 30_000);

  it("changes a password", () => {
    expect(cli("user:password", "nv.sct", "MatKhauMoi2025").code).toBe(0);
    const { db, sqlite } = openDatabase(file);
    expect(checkCredentials(db, { username: "nv.sct", password: "MatKhauMoi2025", ip: "cli-test-2" }).ok).toBe(true);
    sqlite.close();
  }, 30_000);

  it("unlocks a user's sign-in: the failures from every address are forgotten, audited", () => {
    const { db, sqlite } = openDatabase(file);
    // all at one moment: the waits never run out while bcrypt works
    const at = Date.now();
    for (const ip of ["10.9.0.1", "10.9.0.2"])
      for (let i = 0; i < 6; i++) checkCredentials(db, { username: "sct.canbo", password: `sai${i}`, ip }, at);
    const right = { username: "sct.canbo", password: "LangSon@2024", ip: "10.9.0.1" };
    expect(checkCredentials(db, right, at).ok).toBe(false);
    const { code, out } = cli("user:unlock", "sct.canbo");
    expect(code).toBe(0);
    expect(out).toContain("Đã mở khóa đăng nhập của sct.canbo (2 địa chỉ)");
    expect(checkCredentials(db, right, at).ok).toBe(true);
    expect(sqlite.prepare("select count(*) as n from audit_log where action = 'user_unlock_login'").get()).toEqual({
      n: 1,
    });
    expect(cli("user:unlock", "khong.co.ai")).toMatchObject({ code: 1 });
    sqlite.close();
  }, 60_000);

  it("prints a new API token once and stores only its hash", () => {
    const { code, out } = cli("token:create", "chq.canbo", "--name", "test");
    expect(code).toBe(0);
    const token = out.split("\n").find((l) => l.startsWith("ct_"))!;
    const { db, sqlite } = openDatabase(file);
    expect(userIdForToken(db, token)).not.toBeNull();
    expect(JSON.stringify(sqlite.prepare("select * from api_tokens").all())).not.toContain(token);
    sqlite.close();
  }, 30_000);

  it("backs up the database while another connection is writing", () => {
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.prepare("insert into audit_log (action, entity, entity_id) values ('test', 'backup', '1')").run();
    const target = path.join(dir, "backup.db");
    expect(cli("db:backup", target).code).toBe(0);
    writer.close();
    const copy = new Database(target, { readonly: true });
    expect((copy.prepare("select count(*) as n from users").get() as { n: number }).n).toBeGreaterThan(40);
    expect((copy.prepare("select count(*) as n from audit_log where entity = 'backup'").get() as { n: number }).n).toBe(
      1,
    );
    copy.close();
  }, 30_000);

  it("refuses an unknown command with the help text", () => {
    const result = cli("khong:co");
    expect(result.code).toBe(1);
    expect(result.out).toContain("Cách dùng");
  }, 30_000);
});
