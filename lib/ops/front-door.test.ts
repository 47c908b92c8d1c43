import http from "node:http";
import type { AddressInfo } from "node:net";
import { decode, encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "../env";
import { parseCookies } from "../auth/cookies";
import { frontDoor, requestIdOf, sessionCookieUpdate, setCookieHeader } from "./front-door";

describe("request id", () => {
  it("keeps a well-formed id from the reverse proxy", () => {
    expect(requestIdOf("nginx-0123456789abcdef")).toBe("nginx-0123456789abcdef");
  });
  it.each([[undefined], ["short"], ["bad id\twith tab"], [["a-list-of-ids", "two"]], ["x".repeat(101)]])("replaces %j with a fresh UUID", (incoming) => {
    expect(requestIdOf(incoming)).toMatch(/^[0-9a-f-]{36}$/);
  });
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
    expect(setCookieHeader({ name: "next-auth.session-token", value: "abc", maxAge: 600 })).toBe("next-auth.session-token=abc; Path=/; Max-Age=600; HttpOnly; SameSite=Lax");
    const dropped = setCookieHeader({ name: "__Secure-next-auth.session-token", value: null, maxAge: 0 });
    expect(dropped).toMatch(/^__Secure-next-auth\.session-token=; Path=\/; Max-Age=0;/);
    expect(dropped).toContain("Expires=Thu, 01 Jan 1970");
    expect(dropped).toMatch(/; Secure$/);
  });
});

describe("session idle window", () => {
  const now = Math.floor(Date.now() / 1000);
  const session = (stamps: { loginAt: number; lastSeen: number }) => encode({ token: { uid: 7, ...stamps }, secret: authSecret(), maxAge: 8 * 3600 });

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
    expect(await sessionCookieUpdate([{ name: "next-auth.session-token", value: idle }], now)).toEqual({ name: "next-auth.session-token", value: null, maxAge: 0 });
    expect(await sessionCookieUpdate([{ name: "next-auth.session-token", value: "forged" }], now)).toMatchObject({ value: null });
  });
  it("does nothing without a session cookie", async () => {
    expect(await sessionCookieUpdate([{ name: "other", value: "1" }], now)).toBeNull();
  });
});

describe("front door in a server", () => {
  let server: http.Server;
  let url: string;
  const seen: { headers: http.IncomingHttpHeaders; url?: string }[] = [];

  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      if (!(await frontDoor(req, res))) return;
      seen.push({ headers: { ...req.headers }, url: req.url });
      res.end("app");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("gives the app a request id and a nonce policy, and echoes both to the client", async () => {
    const response = await fetch(`${url}/dashboard?year=2024`, { headers: { "x-request-id": "proxy-req-12345678" } });
    expect(await response.text()).toBe("app");
    const forwarded = seen.at(-1)!.headers;
    expect(forwarded["x-request-id"]).toBe("proxy-req-12345678");
    expect(forwarded["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(response.headers.get("x-request-id")).toBe("proxy-req-12345678");
    expect(response.headers.get("content-security-policy")).toBe(forwarded["content-security-policy"]);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("gives every request its own nonce", async () => {
    await fetch(`${url}/a`);
    await fetch(`${url}/b`);
    const [a, b] = seen.slice(-2).map((s) => s.headers["content-security-policy"]);
    expect(a).not.toBe(b);
  });

  it("refuses a cross-origin change before the app sees it", async () => {
    const before = seen.length;
    const response = await fetch(`${url}/api/v1/plans`, { method: "POST", headers: { origin: "https://evil.example" }, body: "{}" });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/trang web khác/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(seen.length).toBe(before);
  });

  it("answers an oversized server action with 413 instead of letting it fail", async () => {
    const host = new URL(url).host;
    const response = await fetch(`${url}/entry`, { method: "POST", headers: { origin: `http://${host}`, "next-action": "abc" }, body: "x".repeat(1024 * 1024 + 10) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/quá lớn/);
  });

  it("drops an expired session before the app reads it, and clears the cookie", async () => {
    const now = Math.floor(Date.now() / 1000);
    const stale = await encode({ token: { uid: 7, loginAt: now - 7200, lastSeen: now - 2 * 3600 }, secret: authSecret(), maxAge: 8 * 3600 });
    const response = await fetch(`${url}/dashboard`, { headers: { cookie: `theme=dark; next-auth.session-token=${stale}` } });
    expect(seen.at(-1)!.headers.cookie).toBe("theme=dark");
    expect(response.headers.get("set-cookie")).toMatch(/^next-auth\.session-token=; Path=\/; Max-Age=0/);
  });

  it("leaves built files alone", async () => {
    const response = await fetch(`${url}/_next/static/chunks/app.js`);
    expect(response.headers.get("x-request-id")).toBeNull();
    expect(seen.at(-1)!.headers["content-security-policy"]).toBeUndefined();
  });
});
