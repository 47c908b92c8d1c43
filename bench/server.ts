import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** Starts the production app (building if needed) on 127.0.0.1 against the given database. */
export async function startServer(databaseFile: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn("node", ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${databaseFile}`, AUTH_SECRET: crypto.randomBytes(48).toString("base64url") },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already stopped
      }
    },
  };
}
