import pino, { type Logger } from "pino";

/** The request id header: set by the front door (proxy.ts → lib/ops/front-door.ts) on every request (or kept from a trusted reverse proxy). */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * The process logger: one JSON line per event on stdout (pino), level from LOG_LEVEL.
 * Synchronous destination, no worker transport: nothing is lost when the process dies.
 */
const globalForLog = globalThis as unknown as { __chiTieuLog?: Logger };
export const log: Logger =
  globalForLog.__chiTieuLog ??
  (globalForLog.__chiTieuLog = pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { app: "chi-tieu" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ["password", "*.password", "authorization", "*.authorization", "cookie", "*.cookie"],
      censor: "[redacted]",
    },
  }));

/** A logger whose every line carries this request's id (read from the request headers). */
export async function requestLog(): Promise<Logger> {
  try {
    const { headers } = await import("next/headers");
    const id = (await headers()).get(REQUEST_ID_HEADER);
    return id ? log.child({ reqId: id }) : log;
  } catch {
    // outside a request (CLI, tests): the plain logger
    return log;
  }
}
