// Serves the app with one Next.js worker per CPU core (node:cluster; the workers share the
// port). Each worker is a plain Next.js server through its documented custom-server API
// (`next()` + `getRequestHandler()`): pages, server actions, the JSON API (app/api/v1 route
// handlers) and the front door (proxy.ts) all run inside Next.js, one module graph per process.
// SQLite in WAL mode takes writers from several processes (db/write.ts), and every in-process
// cache is keyed by the database's data version, so workers never serve stale figures.
// WEB_CONCURRENCY sets the number of workers (default: the cores, at most 4); with one, the
// server is a single process. `--dev` serves the development build (npm run dev).
// It listens on 127.0.0.1 unless HOST names another address (a reverse proxy in front serves
// the public side, docs/operations.md), and tells the app each client's address
// (scripts/client-address.mjs; X-Forwarded-For only from the proxies TRUST_PROXY lists).
import compression from "compression";
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustProxy } from "./client-address.mjs";
import { workerCount } from "./workers.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || "127.0.0.1";
const dev = process.argv.includes("--dev");
if (dev) process.env.NODE_ENV ??= "development";

/** One request to this worker's own health check (the answer does not matter, only that it ran). */
async function warmUp(server) {
  const { address, family } = server.address();
  const host = address === "::" || address === "0.0.0.0" ? "127.0.0.1" : family === "IPv6" ? `[${address}]` : address;
  await fetch(`http://${host}:${port}/api/health`).catch(() => undefined);
}

/** TRUST_PROXY as a list of trusted proxies, or the refusal to start with what is wrong. */
function trustedProxies() {
  try {
    return parseTrustProxy(process.env.TRUST_PROXY);
  } catch (error) {
    console.error(`Không thể khởi động: ${error.message}`);
    process.exit(1);
  }
}

/**
 * The JSON API's answers compressed for clients that accept it: brotli (quality 4, the
 * package's default) where offered, else gzip at level 1, a third of the default level's CPU
 * for 20% more bytes. The report of 1,000 indicators is 650 kB of JSON. A route handler cannot
 * do it itself: Next.js drops a Response's own Content-Encoding. Pages and built files are
 * left to the reverse proxy (docs/operations.md), as compressing every rendered page here cost
 * the dashboard more than it saved.
 */
const compressApi = compression({
  level: 1,
  threshold: 1024,
  // JSON only (not the xlsx and docx exports, already zip files); Next.js appends the
  // content type, so the header may be an array, which compression's own filter refuses
  filter: (req, res) =>
    (req.url ?? "").startsWith("/api/v1/") &&
    /^application\/json\b/.test(String([res.getHeader("content-type")].flat()[0] ?? "")),
});

/** A GET of the JSON API from a client that accepts brotli or gzip. */
const compressible = (req) =>
  req.method === "GET" &&
  (req.url ?? "").startsWith("/api/v1/") &&
  /\b(br|gzip)\b/i.test(req.headers["accept-encoding"] ?? "");

async function serveWorker() {
  const trust = trustedProxies();
  const app = next({ dev, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  let warned = false;
  const server = http.createServer((req, res) => {
    // the app reads the client's address from this header only: whatever a client sent under
    // the same name is overwritten (node keeps header names lower-cased in req.headers)
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trust);
    if (!trust && !warned && req.headers["x-forwarded-for"]) {
      warned = true;
      console.warn(
        "X-Forwarded-For bị bỏ qua vì TRUST_PROXY chưa đặt: nếu máy chủ đứng sau reverse proxy, đặt TRUST_PROXY (docs/operations.md).",
      );
    }
    // only where it can apply: wrapping every answer (a save's PUT, a page) cost a save ~15 ms at p95
    if (compressible(req)) compressApi(req, res, () => handle(req, res));
    else return handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  // development: the hot-reload websocket
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  // a port already taken (another server) stops this worker, and so the whole server, at once
  server.once("error", (error) => {
    console.error(`Không mở được cổng ${port}: ${error.message}`);
    process.exit(1);
  });
  await new Promise((resolve) => server.listen(port, hostname, resolve));
  // A production Next.js runs instrumentation.ts (the start-up checks) on its first request:
  // make that request now, so a refused configuration stops the worker before it says ready
  if (!dev) await warmUp(server);
  if (process.send) process.send({ ready: true });
  else console.log(`Chỉ tiêu đang chạy tại http://${hostname}:${port}${dev ? " (phát triển)" : ""}`);
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  if (!process.send) process.on("SIGINT", stop);
}

/** The marker file the workers wrote in the primary's name (lib/ops/server-marker.ts). */
function removeServerMarker() {
  const url = process.env.DATABASE_URL ?? "";
  const file = url.startsWith("file:")
    ? path.resolve(process.cwd(), url.slice(5))
    : path.resolve(process.cwd(), "data", "app.db");
  try {
    if (JSON.parse(fs.readFileSync(`${file}.server.json`, "utf8")).pid === process.pid)
      fs.rmSync(`${file}.server.json`, { force: true });
  } catch {
    // none
  }
}

/**
 * A page render allocates a few MB of short-lived objects: a larger young generation (V8's
 * default semi-space is 16 MB) means fewer scavenges and fewer objects promoted by accident.
 */
const WORKER_HEAP_FLAGS = ["--max-semi-space-size=32"];

function servePrimary() {
  process.once("exit", removeServerMarker);
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...WORKER_HEAP_FLAGS] });
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
        if (ready === count) console.log(`Chỉ tiêu đang chạy tại http://${hostname}:${port} (${count} tiến trình)`);
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

if (!cluster.isPrimary) await serveWorker();
else if (dev || workerCount() === 1) await serveWorker();
else servePrimary();
