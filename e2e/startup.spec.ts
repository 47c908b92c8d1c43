import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
// Two spare ports next to the e2e server's, so several checkouts can run their suites side by side.
const SPARE_PORT_A = Number(process.env.E2E_PORT ?? 3100) + 97;
const SPARE_PORT_B = Number(process.env.E2E_PORT ?? 3100) + 98;

function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.AUTH_SECRET;
  delete copy.NEXTAUTH_SECRET;
  return copy;
}

/** Runs a command until it exits or `until` matches its output; returns the output. */
function runUntil(command: string, args: string[], env: NodeJS.ProcessEnv, until: RegExp | null, timeoutMs: number) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, detached: true });
    let output = "";
    const finish = (code: number | null) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      resolve({ code, output });
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until && until.test(output)) finish(null);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => finish(code));
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
}

test.describe("[START] production start", () => {
  test("refuses to serve without a strong AUTH_SECRET, with a clear message", async () => {
    const env: NodeJS.ProcessEnv = {
      ...withoutSecrets(process.env),
      NODE_ENV: "production" as const,
      AUTH_SECRET: "short",
      PORT: String(SPARE_PORT_A),
      HOST: "127.0.0.1",
    };
    const result = await runUntil("node", ["scripts/serve.mjs"], env, null, 60_000);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("AUTH_SECRET");
    expect(result.output).toContain("Không thể khởi động");
  });

  test("a second npm start reuses the build and generates a demo secret outside the repo", async () => {
    test.setTimeout(150_000); // migrates, seeds and starts a worker per core
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-start-"));
    const env = {
      ...withoutSecrets(process.env),
      PORT: String(SPARE_PORT_B),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${path.join(dir, "app.db")}`,
      CHI_TIEU_CONFIG_DIR: path.join(dir, "config"),
    };
    const result = await runUntil("node", ["scripts/start.mjs"], env, /đang chạy tại/, 120_000);
    expect(result.output).toContain("bỏ qua bước build");
    expect(result.output).toContain("Đã nạp tỉnh mẫu Lạng Sơn");
    const secret = fs.readFileSync(path.join(dir, "config", "auth-secret"), "utf8");
    expect(secret.length).toBeGreaterThanOrEqual(32);
  });
});
