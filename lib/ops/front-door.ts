import type { IncomingMessage, ServerResponse } from "node:http";
import { encode } from "next-auth/jwt";
import { parseCookies } from "../auth/cookies";
import { decodeSession } from "../auth/session-decode";
import { SESSION_COOKIES, sessionLimits, sessionVerdict } from "../auth/session-policy";
import { authSecret } from "../env";
import { contentSecurityPolicy, newNonce } from "./csp";
import { log, REQUEST_ID_HEADER } from "./log";
import { allowedOriginHosts, crossOriginRefusal } from "./origin";

/**
 * What every request goes through before Next.js sees it (scripts/serve.mjs): a request id
 * (forwarded to the app, echoed in the answer, on every log line), a Content-Security-Policy
 * with a fresh script nonce, refusal of cross-origin state changes and of oversized server
 * actions, and the session's idle timeout.
 *
 * It works on Node's request and response objects, in the server itself: as a Next.js proxy
 * (proxy.ts) the same work cost a page about 2.5 ms of CPU, a fifth of its render, because
 * Next.js builds a web Request and Response around the proxy and copies the headers it changes.
 */

/** Next.js's default serverActions.bodySizeLimit (1 MB). */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
/** Built files: they need none of this (next.config.js gives them a static policy). */
const STATIC_FILES = /^\/(?:_next\/static\/|_next\/image|favicon\.ico)/;

/** A request id from a trusted reverse proxy is kept when it looks like one; otherwise a fresh one. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && /^[A-Za-z0-9._:-]{8,100}$/.test(incoming) ? incoming : crypto.randomUUID();
}

export interface SessionCookieUpdate {
  name: string;
  /** null: the session is over and the cookie is dropped */
  value: string | null;
  maxAge: number;
}

/** Slides the session's idle window (at most once a minute) or drops an expired session; null when nothing changes. */
export async function sessionCookieUpdate(cookies: { name: string; value: string }[], now = Math.floor(Date.now() / 1000)): Promise<SessionCookieUpdate | null> {
  const cookie = SESSION_COOKIES.map((name) => cookies.find((c) => c.name === name && c.value)).find(Boolean);
  if (!cookie) return null;
  const secret = authSecret();
  const payload = await decodeSession(cookie.value, secret, now);
  const verdict = payload ? sessionVerdict(payload, now) : "expired";
  if (verdict === "expired") return { name: cookie.name, value: null, maxAge: 0 };
  if (verdict === "valid") return null;
  const remaining = Math.max(1, (payload!.loginAt as number) + sessionLimits().maxAge - now);
  return { name: cookie.name, value: await encode({ token: { ...payload!, lastSeen: now }, secret, maxAge: remaining }), maxAge: remaining };
}

export function setCookieHeader(update: SessionCookieUpdate): string {
  const attributes = ["Path=/", `Max-Age=${update.maxAge}`, "HttpOnly", "SameSite=Lax"];
  if (update.value === null) attributes.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  if (update.name.startsWith("__Secure-")) attributes.push("Secure");
  return [`${update.name}=${update.value ?? ""}`, ...attributes].join("; ");
}

const header = (req: IncomingMessage, name: string): string | null => {
  const value = req.headers[name];
  return typeof value === "string" ? value : null;
};

/** On every answer past the front door: pages, the JSON API (served beside Next.js) and refusals. next.config.js gives built files the same. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function refuse(res: ServerResponse, status: number, error: string): false {
  const body = JSON.stringify({ error });
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
  return false;
}

/**
 * Prepares `req` and `res` for Next.js, or answers the request itself (a refusal). Returns
 * whether Next.js should handle the request.
 */
export async function frontDoor(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = (req.url ?? "/").split("?", 1)[0];
  if (STATIC_FILES.test(path)) return true;
  const method = req.method ?? "GET";
  const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
  const csp = contentSecurityPolicy(newNonce());
  // Next.js reads the nonce from the request's policy and puts it on its scripts
  req.headers[REQUEST_ID_HEADER] = requestId;
  req.headers["content-security-policy"] = csp;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  res.setHeader("content-security-policy", csp);
  for (const name in SECURITY_HEADERS) res.setHeader(name, SECURITY_HEADERS[name]);

  const isServerAction = req.headers["next-action"] !== undefined;
  const refusal = crossOriginRefusal({
    method,
    origin: header(req, "origin"),
    host: header(req, "x-forwarded-host") ?? header(req, "host"),
    isServerAction,
    allowed: allowedOriginHosts(),
  });
  if (refusal) {
    log.warn({ reqId: requestId, method, path, origin: header(req, "origin") }, "cross-origin request refused");
    return refuse(res, 403, refusal);
  }
  log.info({ reqId: requestId, method, path }, "request");
  // Next.js answers an oversized server action body with a 500; say what is wrong instead
  if (isServerAction && Number(header(req, "content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT) {
    return refuse(res, 413, "Dữ liệu gửi lên quá lớn (tối đa 1 MB)");
  }

  // sign-in and sign-out set the session cookie themselves: never touch it there
  if (!path.startsWith("/api/auth/")) {
    const cookies = parseCookies(header(req, "cookie") ?? undefined);
    const update = await sessionCookieUpdate(cookies).catch(() => null);
    if (update) {
      res.appendHeader("set-cookie", setCookieHeader(update));
      // an expired session is not forwarded: the page sends the user to the login screen
      if (update.value === null) req.headers.cookie = cookies.filter((c) => c.name !== update.name).map((c) => `${c.name}=${c.value}`).join("; ");
    }
  }
  return true;
}
