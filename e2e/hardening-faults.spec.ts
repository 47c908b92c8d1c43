import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createToken, e2eDatabase, ensureTestDepartment } from "./hardening-fixtures";
import { sparePort, startSpareServer, type SpareServer } from "./hardening-server";

const ROOT = path.resolve(__dirname, "..");

/** A copy of the e2e database (the demo province) for a server of the spec's own. */
async function copyOfDemo(name: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `chi-tieu-${name}-`));
  const file = path.join(dir, "app.db");
  const source = e2eDatabase();
  await source.backup(file);
  source.close();
  return file;
}

test.describe.configure({ mode: "serial" });

test("[HARDEN] kill -9 during a burst of concurrent saves: every acknowledged save is there after restart, none half-written", async () => {
  test.setTimeout(120_000);
  const file = await copyOfDemo("crash");
  const CLIENTS = 8;
  const PER_CLIENT = 5;
  const { indicators } = ensureTestDepartment("hzcrash", { file, indicators: CLIENTS * PER_CLIENT });
  const token = createToken(file, "hzcrash.canbo");
  let server: SpareServer | null = await startSpareServer(file, sparePort(0));
  const url = `${server.url}/api/v1/submissions/hzcrash/2024/5/values`;

  // each client owns 5 indicators and saves them together, round n writing n everywhere
  const acknowledged = new Array<number>(CLIENTS).fill(0);
  const sent = new Array<number>(CLIENTS).fill(0);
  let killed = false;
  const client = async (c: number) => {
    // each save sends the version the last one returned, as the entry form does (0: nothing stored yet)
    let version = 0;
    for (let round = 1; !killed; round++) {
      sent[c] = round;
      const values = indicators
        .slice(c * PER_CLIENT, (c + 1) * PER_CLIENT)
        .map((indicator) => ({ indicator, value: String(round), status: "estimate", version }));
      try {
        const response = await fetch(url, {
          method: "PUT",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ values }),
        });
        if (response.status !== 200) throw new Error(`save answered ${response.status}: ${await response.text()}`);
        version = ((await response.json()) as { values: { version: number }[] }).values[0].version;
        acknowledged[c] = round;
      } catch (error) {
        if (killed) return;
        throw error;
      }
    }
  };
  const burst = Array.from({ length: CLIENTS }, (_, c) => client(c));
  // kill in the middle of the burst: once every client has had saves acknowledged (a busy machine is slow)
  const until = Date.now() + 30_000;
  while (acknowledged.some((n) => n < 3) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 300));
  killed = true;
  await server.kill9();
  await Promise.all(burst);
  expect(
    acknowledged.every((n) => n > 0),
    `every client had saves acknowledged: ${acknowledged}`,
  ).toBe(true);
  console.log(
    `kill -9 after ${acknowledged.reduce((a, b) => a + b, 0)} acknowledged saves (${sent.filter((n, c) => n > acknowledged[c]).length} in flight)`,
  );

  server = await startSpareServer(file, sparePort(0));
  await server.stop();
  const db = e2eDatabase(file);
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Map(
      (
        db
          .prepare(
            "select i.code, v.value from indicator_values v join indicators i on i.id = v.indicator_id join departments d on d.id = v.department_id where d.code = 'hzcrash' and v.year = 2024",
          )
          .all() as { code: string; value: number }[]
      ).map((r) => [r.code, r.value / 10_000]),
    );
    for (let c = 0; c < CLIENTS; c++) {
      const mine = indicators.slice(c * PER_CLIENT, (c + 1) * PER_CLIENT).map((code) => stored.get(code));
      // one save is one transaction: all five values from the same round
      expect(new Set(mine).size, `client ${c}: ${mine}`).toBe(1);
      // the acknowledged round, or the one in flight when the server died (committed, answer lost)
      expect(
        [acknowledged[c], sent[c]],
        `client ${c}: stored ${mine[0]}, acknowledged ${acknowledged[c]}, sent ${sent[c]}`,
      ).toContain(mine[0]);
    }
  } finally {
    db.close();
  }
});

test("[HARDEN] every log line of a request carries its request id; the id is echoed to the client", async () => {
  const file = await copyOfDemo("logs");
  const server = await startSpareServer(file, sparePort(1));
  try {
    const id = "harden-req-0123456789";
    const response = await fetch(`${server.url}/api/v1/indicators`, { headers: { "x-request-id": id } });
    expect(response.status).toBe(401);
    expect(response.headers.get("x-request-id")).toBe(id);
    const injected = await fetch(`${server.url}/api/health`, { headers: { "x-request-id": "bad id\twith tab" } });
    expect(injected.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // a refused mutation: its request line carries the id too
    const token = createToken(file, "sct.canbo");
    await fetch(`${server.url}/api/v1/submissions/sct/2024/5/values`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "x-request-id": id },
      body: "{",
    });
    await new Promise((r) => setTimeout(r, 300));
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { reqId?: string; msg: string; level: number });
    expect(lines.filter((l) => l.reqId === id).length).toBeGreaterThanOrEqual(2);
    expect(
      lines.filter((l) => !l.reqId),
      "JSON lines without a request id",
    ).toEqual([]);
  } finally {
    await server.stop();
  }
});

test("[HARDEN] behind HTTPS (NEXTAUTH_URL https) the session cookie is Secure, HttpOnly and SameSite", async () => {
  const file = await copyOfDemo("https");
  const port = sparePort(2);
  const server = await startSpareServer(file, port, { NEXTAUTH_URL: `https://127.0.0.1:${port}` });
  try {
    const csrf = await fetch(`${server.url}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const login = await fetch(`${server.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: server.url },
      body: new URLSearchParams({ csrfToken, username: "sct.canbo", password: "LangSon@2024", json: "true" }),
    });
    const session = login.headers.getSetCookie().find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session, login.headers.getSetCookie().join("\n")).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  } finally {
    await server.stop();
  }
});

test("[HARDEN] db:restore refuses while the server runs, and restores a backup once it is stopped", async () => {
  test.setTimeout(120_000);
  const file = await copyOfDemo("restore");
  const backup = path.join(path.dirname(file), "backup.db");
  const cli = (...args: string[]) => {
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
  };
  const server = await startSpareServer(file, sparePort(3));
  expect(cli("db:backup", backup).code).toBe(0);
  const refused = cli("db:restore", backup);
  expect(refused.code).toBe(1);
  expect(refused.out).toContain("Máy chủ đang chạy");
  await server.stop();
  // a change made after the backup: the restore must take it away, keeping the old file beside
  const db = e2eDatabase(file);
  db.prepare("insert into audit_log (action, entity, entity_id) values ('after_backup', 'test', '1')").run();
  db.close();
  const restored = cli("db:restore", backup);
  expect(restored.out).toContain("Đã khôi phục");
  expect(restored.code).toBe(0);
  const check = e2eDatabase(file);
  expect(check.prepare("select count(*) as n from audit_log where action = 'after_backup'").get()).toEqual({ n: 0 });
  expect((check.prepare("select count(*) as n from indicator_values").get() as { n: number }).n).toBeGreaterThan(2000);
  check.close();
  expect(fs.readdirSync(path.dirname(file)).some((f) => f.startsWith("app.db.before-restore-"))).toBe(true);
  const again = await startSpareServer(file, sparePort(3));
  expect((await (await fetch(`${again.url}/api/health`)).json()).status).toBe("ok");
  await again.stop();
});
