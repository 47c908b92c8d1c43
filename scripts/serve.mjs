// Serves the production build with one Next.js worker per CPU core (node:cluster; the workers
// share the port). SQLite in WAL mode takes writers from several processes (busy timeout),
// and every in-process cache is keyed by the database's data version, so workers never serve
// stale figures. WEB_CONCURRENCY sets the number of workers (default: the cores, at most 4).
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { workerCount } from "./workers.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST;

async function serveWorker() {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => handle(req, res));
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => process.send?.({ ready: true }));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

/** The marker file the workers wrote in the primary's name (lib/ops/server-marker.ts). */
function removeServerMarker() {
  const url = process.env.DATABASE_URL ?? "";
  const file = url.startsWith("file:") ? path.resolve(process.cwd(), url.slice(5)) : path.resolve(process.cwd(), "data", "app.db");
  try {
    if (JSON.parse(fs.readFileSync(`${file}.server.json`, "utf8")).pid === process.pid) fs.rmSync(`${file}.server.json`, { force: true });
  } catch {
    // none
  }
}

function servePrimary() {
  process.once("exit", removeServerMarker);
  const count = workerCount();
  let ready = 0;
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork({ CHI_TIEU_SERVER_PID: String(process.pid) });
    let up = false;
    worker.on("message", (message) => {
      if (message?.ready && !up) {
        up = true;
        ready += 1;
        if (ready === count) console.log(`Chỉ tiêu đang chạy tại http://${hostname ?? "localhost"}:${port} (${count} tiến trình)`);
      }
    });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      // A worker that dies before serving (e.g. refused configuration) stops the whole server;
      // one that dies later is replaced so the others keep serving.
      if (!up) {
        stopping = true;
        for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
        process.exit(code ?? 1);
      }
      console.error(`Tiến trình phục vụ ${worker.process.pid} dừng (${signal ?? code}); khởi động lại.`);
      ready -= 1;
      fork();
    });
  };
  for (let i = 0; i < count; i += 1) fork();
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
      setTimeout(() => process.exit(0), 5_000).unref();
      cluster.disconnect(() => {
        removeServerMarker();
        process.exit(0);
      });
    });
  }
}

if (cluster.isPrimary) servePrimary();
else await serveWorker();
