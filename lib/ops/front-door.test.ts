import { decode, encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { authSecret } from "../env";
import { parseCookies } from "../auth/cookies";
import { frontDoor, requestIdOf, sessionCookieUpdate, setCookieHeader } from "./front-door";

describe("request id", () => {
  it("keeps a well-formed id from the reverse proxy", () => {
    expect(requestIdOf("nginx-0123456789abcdef")).toBe("nginx-0123456789abcdef");
  });
  it.each([[undefined], ["short"], ["bad id\twith tab"], [["a-list-of-ids", "two"]], ["x".repeat(101)]])(
    "replaces %j with a fresh UUID",
    (incoming) => {
      expect(requestIdOf(incoming)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});

describe("cookies", () => {
  it("reads name=value pairs, keeping '=' inside values", () => {
    expect(parseCookies("a=1; next-auth.session-token=x.y=z ;  b=")).toEqual([
      { name: "a", value: "1" },
      { name: "next-auth.session-token", value: "x.y=z" },
      { name: "b", value: "" },
    ]);
    expect(parseCookies(undefined)).toEqual([]);
  });
  it("writes the session cookie HttpOnly, SameSite=Lax, Secure under the __Secure- prefix, and expired when dropped", () => {
    expect(setCookieHeader({ name: "next-auth.session-token", value: "abc", maxAge: 600 })).toBe(
      "next-auth.session-token=abc; Path=/; Max-Age=600; HttpOnly; SameSite=Lax",
    );
    const dropped = setCookieHeader({ name: "__Secure-next-auth.session-token", value: null, maxAge: 0 });
    expect(dropped).toMatch(/^__Secure-next-auth\.session-token=; Path=\/; Max-Age=0;/);
    expect(dropped).toContain("Expires=Thu, 01 Jan 1970");
    expect(dropped).toMatch(/; Secure$/);
  });
});

describe("session idle window", () => {
  const now = Math.floor(Date.now() / 1000);
  const session = (stamps: { loginAt: number; lastSeen: number }) =>
    encode({ token: { uid: 7, ...stamps }, secret: authSecret(), maxAge: 8 * 3600 });

  it("leaves a session seen within the last minute alone", async () => {
    const token = await session({ loginAt: now - 600, lastSeen: now - 10 });
    expect(await sessionCookieUpdate([{ name: "next-auth.session-token", value: token }], now)).toBeNull();
  });
  it("slides lastSeen forward, keeping the absolute lifetime from sign-in", async () => {
    const token = await session({ loginAt: now - 600, lastSeen: now - 120 });
    const update = await sessionCookieUpdate([{ name: "next-auth.session-token", value: token }], now);
    expect(update?.name).toBe("next-auth.session-token");
    expect(update?.maxAge).toBe(8 * 3600 - 600);
    const payload = await decode({ token: update!.value!, secret: authSecret() });
    expect(payload).toMatchObject({ uid: 7, loginAt: now - 600, lastSeen: now });
  });
  it("drops a session idle too long, and a cookie that is not ours", async () => {
    const idle = await session({ loginAt: now - 7200, lastSeen: now - 2 * 3600 });
    expect(await sessionCookieUpdate([{ name: "next-auth.session-token", value: idle }], now)).toEqual({
      name: "next-auth.session-token",
      value: null,
      maxAge: 0,
    });
    expect(await sessionCookieUpdate([{ name: "next-auth.session-token", value: "forged" }], now)).toMatchObject({
      value: null,
    });
  });
  it("does nothing without a session cookie", async () => {
    expect(await sessionCookieUpdate([{ name: "other", value: "1" }], now)).toBeNull();
  });
});

describe("front door (the proxy)", () => {
  const BASE = "http://app.local";
  const call = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    frontDoor(
      new NextRequest(`${BASE}${path}`, {
        method: init.method ?? "GET",
        headers: { host: "app.local", ...init.headers },
        body: init.body,
      }),
    );
  /** The request header the app will see (NextResponse.next({ request: { headers } }) passes them this way). */
  const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

  it("gives the app a request id and a nonce policy, and echoes both to the client", async () => {
    const response = await call("/dashboard?year=2024", { headers: { "x-request-id": "proxy-req-12345678" } });
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(forwarded(response, "x-request-id")).toBe("proxy-req-12345678");
    expect(forwarded(response, "content-security-policy")).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(response.headers.get("x-request-id")).toBe("proxy-req-12345678");
    expect(response.headers.get("content-security-policy")).toBe(forwarded(response, "content-security-policy"));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("gives every request its own nonce", async () => {
    const [a, b] = await Promise.all([call("/a"), call("/b")]);
    expect(a.headers.get("content-security-policy")).not.toBe(b.headers.get("content-security-policy"));
  });

  it("refuses a cross-origin change before the app sees it", async () => {
    const response = await call("/api/v1/plans", {
      method: "POST",
      headers: { origin: "https://evil.example" },
      body: "{}",
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("x-middleware-next")).toBeNull();
    expect((await response.json()).error).toMatch(/trang web khác/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers an oversized server action or API body with 413 instead of letting it fail", async () => {
    const action = await call("/entry", {
      method: "POST",
      headers: { origin: BASE, "next-action": "abc", "content-length": String(1024 * 1024 + 10) },
    });
    expect(action.status).toBe(413);
    expect((await action.json()).error).toMatch(/quá lớn/);
    const upload = await call("/api/v1/submissions/sct/2024/5/import", {
      method: "POST",
      headers: { "content-length": String(7 * 1024 * 1024) },
    });
    expect(upload.status).toBe(413);
  });

  it("drops an expired session before the app reads it, and clears the cookie", async () => {
    const now = Math.floor(Date.now() / 1000);
    const stale = await encode({
      token: { uid: 7, loginAt: now - 7200, lastSeen: now - 2 * 3600 },
      secret: authSecret(),
      maxAge: 8 * 3600,
    });
    const response = await call("/dashboard", { headers: { cookie: `theme=dark; next-auth.session-token=${stale}` } });
    expect(forwarded(response, "cookie")).toBe("theme=dark");
    expect(response.headers.get("set-cookie")).toMatch(/^next-auth\.session-token=; Path=\/; Max-Age=0/);
  });

  it("leaves the session cookie alone on sign-in and sign-out", async () => {
    const response = await call("/api/auth/signout", {
      method: "POST",
      headers: { origin: BASE, cookie: "next-auth.session-token=forged" },
    });
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it.each([
    ["/_next/static/..%2f..%2fentry/sct/2024/5"],
    ["/_next/image/..%2f..%2fadmin/users"],
    ["/favicon.ico/..%2fapi/v1/indicators"],
    ["/_next/static/x/..;/..;/entry/sct/2024/5"],
    ["/_next/static/..%5c..%5centry/sct/2024/5"],
    ["/api%2fv1/plans"],
    ["/entry%00/sct"],
  ])("refuses %j, a path hiding another, with the front door's headers", async (path) => {
    const response = await call(path, {
      method: "POST",
      headers: { "next-action": "7f0000000000000000000000000000000000000000", "x-request-id": "probe-req-12345678" },
      body: "[]",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-middleware-next")).toBeNull();
    expect((await response.json()).error).toBe("Đường dẫn không hợp lệ");
    expect(response.headers.get("x-request-id")).toBe("probe-req-12345678");
    expect(response.headers.get("content-security-policy")).toMatch(/nonce-/);
  });

  it("checks the path the router serves: a body limit cannot be dodged by spelling /api/v1/ another way", async () => {
    // the URL parser resolves the dots first: the router serves /api/v1/…, so the limit applies
    const upload = await call("/_next/static/../../api/v1/submissions/sct/2024/5/import", {
      method: "POST",
      headers: { "content-length": String(7 * 1024 * 1024) },
    });
    expect(upload.status).toBe(413);
    const encoded = await call("/api%2Fv1/submissions/sct/2024/5/import", {
      method: "POST",
      headers: { "content-length": String(7 * 1024 * 1024) },
    });
    expect(encoded.status).toBe(400);
  });

  it("refuses a server action without Origin under a built file's name", async () => {
    const response = await call("/_next/static/../../entry/sct/2024/5", {
      method: "POST",
      headers: { "next-action": "7f0000000000000000000000000000000000000000" },
      body: "[]",
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/Origin/);
  });
});
