import { NextResponse, type NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { parseCookies } from "../auth/cookies";
import { decodeSession } from "../auth/session-decode";
import { SESSION_COOKIES, sessionLimits, sessionVerdict } from "../auth/session-policy";
import { authSecret } from "../env";
import { contentSecurityPolicy, newNonce } from "./csp";
import { log, REQUEST_ID_HEADER } from "./log";
import { allowedOriginHosts, crossOriginRefusal } from "./origin";
import { routePath } from "./route-path";

/**
 * What every request goes through before a page, an action or a route runs (proxy.ts, the
 * Next.js proxy): the path normalised once and refused when it hides another (lib/ops/route-path.ts),
 * a request id (forwarded to the app, echoed in the answer, on every log line),
 * a Content-Security-Policy with a fresh script nonce, refusal of cross-origin state changes
 * and of oversized bodies, the request's log line, and the session's idle window.
 */

/** Next.js's default serverActions.bodySizeLimit (1 MB). */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
/** The largest body the JSON API takes: an Excel upload (5 MB) in a multipart form. JSON bodies stop at 1 MB (lib/api/handler.ts). */
export const MAX_API_BODY_BYTES = 6 * 1024 * 1024;

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
export async function sessionCookieUpdate(
  cookies: { name: string; value: string }[],
  now = Math.floor(Date.now() / 1000),
): Promise<SessionCookieUpdate | null> {
  const cookie = SESSION_COOKIES.map((name) => cookies.find((c) => c.name === name && c.value)).find(Boolean);
  if (!cookie) return null;
  const secret = authSecret();
  const payload = await decodeSession(cookie.value, secret, now);
  const verdict = payload ? sessionVerdict(payload, now) : "expired";
  if (verdict === "expired") return { name: cookie.name, value: null, maxAge: 0 };
  if (verdict === "valid") return null;
  const remaining = Math.max(1, (payload!.loginAt as number) + sessionLimits().maxAge - now);
  return {
    name: cookie.name,
    value: await encode({ token: { ...payload!, lastSeen: now }, secret, maxAge: remaining }),
    maxAge: remaining,
  };
}

export function setCookieHeader(update: SessionCookieUpdate): string {
  const attributes = ["Path=/", `Max-Age=${update.maxAge}`, "HttpOnly", "SameSite=Lax"];
  if (update.value === null) attributes.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  if (update.name.startsWith("__Secure-")) attributes.push("Secure");
  return [`${update.name}=${update.value ?? ""}`, ...attributes].join("; ");
}

/** On every answer past the front door. next.config.js gives built files the same. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function refusal(status: number, error: string, headers: Headers): NextResponse {
  const response = NextResponse.json({ error }, { status, headers });
  response.headers.set("cache-control", "no-store");
  return response;
}

/** The body size a request declares, 0 when it declares none. */
function declaredLength(request: NextRequest): number {
  return Number(request.headers.get("content-length") ?? 0) || 0;
}

/**
 * The proxy's answer to a request: a refusal (cross-origin change, oversized body), or
 * NextResponse.next() with the request id, the CSP and the session cookie the app should see.
 */
export async function frontDoor(request: NextRequest): Promise<NextResponse> {
  const method = request.method;
  const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER) ?? undefined);
  const csp = contentSecurityPolicy(newNonce());
  const answerHeaders = new Headers({
    [REQUEST_ID_HEADER]: requestId,
    "content-security-policy": csp,
    ...SECURITY_HEADERS,
  });

  // every check below reads this one path: the one the router will serve
  const route = routePath(request.nextUrl.pathname);
  if (!route.ok) {
    log.warn(
      { reqId: requestId, method, path: request.nextUrl.pathname, reason: route.reason },
      "request path refused",
    );
    return refusal(400, "Đường dẫn không hợp lệ", answerHeaders);
  }
  const path = route.path;

  const isServerAction = request.headers.has("next-action");
  const refused = crossOriginRefusal({
    method,
    origin: request.headers.get("origin"),
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    isServerAction,
    allowed: allowedOriginHosts(),
  });
  if (refused) {
    log.warn({ reqId: requestId, method, path, origin: request.headers.get("origin") }, "cross-origin request refused");
    return refusal(403, refused, answerHeaders);
  }
  log.info({ reqId: requestId, method, path }, "request");
  // Next.js answers an oversized server action body with a 500; say what is wrong instead
  if (isServerAction && declaredLength(request) > SERVER_ACTION_BODY_LIMIT)
    return refusal(413, "Dữ liệu gửi lên quá lớn (tối đa 1 MB)", answerHeaders);
  if (path.startsWith("/api/v1/") && declaredLength(request) > MAX_API_BODY_BYTES)
    return refusal(413, "Dữ liệu gửi lên quá lớn (tối đa 6 MB)", answerHeaders);

  // Next.js reads the nonce from the request's policy and puts it on its scripts
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set("content-security-policy", csp);
  let cookie: string | null = null;
  // sign-in and sign-out set the session cookie themselves: never touch it there
  if (!path.startsWith("/api/auth/")) {
    const cookies = parseCookies(request.headers.get("cookie") ?? undefined);
    const update = await sessionCookieUpdate(cookies).catch(() => null);
    if (update) {
      cookie = setCookieHeader(update);
      // an expired session is not forwarded: the page sends the user to the login screen
      if (update.value === null)
        forwarded.set(
          "cookie",
          cookies
            .filter((c) => c.name !== update.name)
            .map((c) => `${c.name}=${c.value}`)
            .join("; "),
        );
    }
  }
  const response = NextResponse.next({ request: { headers: forwarded } });
  answerHeaders.forEach((value, name) => response.headers.set(name, value));
  if (cookie) response.headers.append("set-cookie", cookie);
  return response;
}
