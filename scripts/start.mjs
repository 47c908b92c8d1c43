// `npm start`: build when the sources changed, create/migrate the database, load the demo
// province when it is empty, then serve. AUTH_SECRET: taken from the environment, or (demo)
// generated once and kept in ~/.config/chi-tieu/auth-secret, outside the repository.
import { spawnSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsFresh, recordBuild, sourceFingerprint } from "./build-cache.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

function demoSecret() {
  const dir = process.env.CHI_TIEU_CONFIG_DIR ?? path.join(os.homedir(), ".config", "chi-tieu");
  const file = path.join(dir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
    console.log(`Đã tạo khóa phiên đăng nhập cho bản chạy thử tại ${file}`);
  }
  return fs.readFileSync(file, "utf8").trim();
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
if (!env.AUTH_SECRET) env.AUTH_SECRET = demoSecret();

const fingerprint = sourceFingerprint();
if (buildIsFresh(fingerprint)) {
  console.log("Bản dựng đã cập nhật: bỏ qua bước build.");
} else {
  console.log("Đang dựng ứng dụng (next build)…");
  // the build's id is its sources' fingerprint: the API's ETags name it (lib/api/etag.ts)
  run(bin("next"), ["build"], { ...env, CHI_TIEU_BUILD_ID: fingerprint.slice(0, 16) });
  recordBuild(fingerprint);
}

run(bin("tsx"), ["db/seed/run.ts"], env);

// One Next.js worker per core (scripts/serve.mjs); WEB_CONCURRENCY=1 for a single process.
const server = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs")], { cwd: ROOT, stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
