import { decode, encode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES, sessionLimits, sessionVerdict } from "@/lib/auth/session-policy";
import { authSecret } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/ops/csp";
import { log, REQUEST_ID_HEADER } from "@/lib/ops/log";
import { allowedOriginHosts, crossOriginRefusal } from "@/lib/ops/origin";

/** Next.js's default serverActions.bodySizeLimit (1 MB). */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** A request id from a trusted reverse proxy is kept when it looks like one; otherwise a fresh one. */
function requestIdOf(request: NextRequest): string {
  const incoming = request.headers.get(REQUEST_ID_HEADER);
  return incoming && /^[A-Za-z0-9._:-]{8,100}$/.test(incoming) ? incoming : crypto.randomUUID();
}

/** Slides the session's idle window (at most once a minute) or drops an expired session. */
async function sessionCookieUpdate(request: NextRequest): Promise<{ name: string; value: string | null; maxAge: number } | null> {
  const cookie = SESSION_COOKIES.map((name) => ({ name, value: request.cookies.get(name)?.value })).find((c) => c.value);
  if (!cookie?.value) return null;
  const secret = authSecret();
  const payload = await decode({ token: cookie.value, secret }).catch(() => null);
  const now = Math.floor(Date.now() / 1000);
  const verdict = payload ? sessionVerdict(payload, now) : "expired";
  if (verdict === "expired") return { name: cookie.name, value: null, maxAge: 0 };
  if (verdict === "valid") return null;
  const limits = sessionLimits();
  const remaining = Math.max(1, (payload!.loginAt as number) + limits.maxAge - now);
  return { name: cookie.name, value: await encode({ token: { ...payload!, lastSeen: now }, secret, maxAge: remaining }), maxAge: remaining };
}

/**
 * Every request: a request id (forwarded to the app, echoed in the response, on every log
 * line), a Content-Security-Policy with a fresh script nonce, cross-origin refusal of
 * state-changing requests, and the session's idle timeout.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdOf(request);
  const { method } = request;
  const path = request.nextUrl.pathname;
  const refusal = crossOriginRefusal({
    method,
    origin: request.headers.get("origin"),
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    isServerAction: request.headers.has("next-action"),
    allowed: allowedOriginHosts(),
  });
  const csp = contentSecurityPolicy(newNonce());
  const refuse = (status: number, error: string) =>
    NextResponse.json({ error }, { status, headers: { [REQUEST_ID_HEADER]: requestId, "content-security-policy": csp } });
  if (refusal) {
    log.warn({ reqId: requestId, method, path, origin: request.headers.get("origin") }, "cross-origin request refused");
    return refuse(403, refusal);
  }
  log.info({ reqId: requestId, method, path }, "request");
  // Next.js answers an oversized server action body with a 500; say what is wrong instead
  if (request.headers.has("next-action") && Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT) {
    return refuse(413, "Dữ liệu gửi lên quá lớn (tối đa 1 MB)");
  }

  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  // Next.js reads the nonce from the request's policy and puts it on its scripts
  headers.set("content-security-policy", csp);
  // sign-in and sign-out set the session cookie themselves: never touch it there
  const update = path.startsWith("/api/auth/") ? null : await sessionCookieUpdate(request).catch(() => null);
  if (update?.value === null) {
    // an expired session is not forwarded: the page sends the user to the login screen
    const rest = request.cookies.getAll().filter((c) => c.name !== update.name);
    headers.set("cookie", rest.map((c) => `${c.name}=${c.value}`).join("; "));
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("content-security-policy", csp);
  if (update) {
    response.cookies.set(update.name, update.value ?? "", {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: update.name.startsWith("__Secure-"),
      maxAge: update.maxAge,
    });
  }
  return response;
}

export const config = {
  // static assets need none of this
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
