import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** Starts the production app (building if needed) on 127.0.0.1 against the given database. */
export async function startServer(
  databaseFile: string,
  port: number,
): Promise<{ url: string; stop: () => void; workerRssMb: () => number[] }> {
  const child: ChildProcess = spawn("node", ["scripts/start.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${databaseFile}`,
      AUTH_SECRET: crypto.randomBytes(48).toString("base64url"),
    },
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
    workerRssMb: () => workerRssMb(child.pid!),
    stop: () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already stopped
      }
    },
  };
}

/** The resident memory (MB) of each worker of the server started as process group `group` (scripts/serve.mjs under node:cluster). */
function workerRssMb(group: number): number[] {
  // every process with its group: procps has no selection by process group
  const ps = spawnSync("ps", ["-e", "-o", "pid=,ppid=,pgid=,rss=,args="], { encoding: "utf8" });
  const rows = ps.stdout
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => Number(cols[2]) === group && cols.slice(4).join(" ").includes("serve.mjs"))
    .map(([pid, ppid, , rss]) => ({ pid: Number(pid), ppid: Number(ppid), rssMb: Math.round(Number(rss) / 1024) }));
  const pids = new Set(rows.map((r) => r.pid));
  // the workers are the serve.mjs processes whose parent is the primary serve.mjs (one process: itself)
  const workers = rows.filter((r) => pids.has(r.ppid));
  return (workers.length > 0 ? workers : rows).map((r) => r.rssMb);
}
