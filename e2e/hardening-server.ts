import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** Spare ports beside the e2e server's (startup.spec.ts uses +97 and +98). */
export const sparePort = (offset: number) => Number(process.env.E2E_PORT ?? 3100) + 90 + offset;

export interface SpareServer {
  url: string;
  child: ChildProcess;
  /** everything the server printed so far */
  output: () => string;
  /** SIGKILL: no clean-up of any kind, as a crash or the OOM killer would */
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
}

export interface SpareServerOptions {
  /** run the server as this user (the test runs as root: a file mode means nothing to root) */
  user?: { uid: number; gid: number };
  /** "answering": up once /api/health answers at all (a server with a faulty database answers 503) */
  ready?: "healthy" | "answering";
}

/** The production server (scripts/serve.mjs, one process) on the existing build (the e2e web server built it) against `databaseFile`. */
export async function startSpareServer(
  databaseFile: string,
  port: number,
  env: Record<string, string> = {},
  options: SpareServerOptions = {},
): Promise<SpareServer> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
    cwd: ROOT,
    ...options.user,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      WEB_CONCURRENCY: "1",
      DATABASE_URL: `file:${databaseFile}`,
      AUTH_SECRET: crypto.randomBytes(48).toString("base64url"),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const health = await fetch(`${url}/api/health`);
      if (health.ok || (options.ready === "answering" && health.status === 503)) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server not healthy in 60 s: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return { url, child, output: () => output, kill9: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}
