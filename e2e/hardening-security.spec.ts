import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { DEMO_PASSWORD } from "./fixtures";
import { apiSession, e2eDatabase, ensureUser } from "./hardening-fixtures";

/**
 * Sessions end after SESSION_IDLE_SECONDS without a request and SESSION_MAX_AGE_SECONDS after
 * sign-in (defaults 1 h and 8 h), an active session's idle window slides, and every sign-in
 * and failed sign-in is audited with the address. Tokens are made with the e2e server's secret.
 */
const secret = process.env.E2E_AUTH_SECRET!;
const now = () => Math.floor(Date.now() / 1000);

function userRow(username: string): { id: number; sessionVersion: number } {
  const db = e2eDatabase();
  try {
    return db.prepare("select id, session_version as sessionVersion from users where username = ?").get(username) as {
      id: number;
      sessionVersion: number;
    };
  } finally {
    db.close();
  }
}
const userId = (username: string) => userRow(username).id;

/** A session cookie of `username` (sct.canbo unless said) at the user's current session version, with these stamps. */
async function sessionCookie(stamps: { loginAt?: number; lastSeen?: number }, username = "sct.canbo") {
  const { id, sessionVersion } = userRow(username);
  return encode({ token: { uid: id, sv: sessionVersion, ...stamps }, secret, maxAge: 8 * 3600 });
}

async function apiWith(request: import("@playwright/test").APIRequestContext, cookie: string) {
  return request.get("/api/v1/indicators?year=2024", { headers: { cookie: `next-auth.session-token=${cookie}` } });
}

test("[HARDEN] a fresh session works; idle past the timeout, past the lifetime or without stamps it does not", async ({
  request,
}) => {
  expect((await apiWith(request, await sessionCookie({ loginAt: now(), lastSeen: now() }))).status()).toBe(200);
  expect(
    (await apiWith(request, await sessionCookie({ loginAt: now() - 7200, lastSeen: now() - 2 * 3600 }))).status(),
  ).toBe(401);
  expect((await apiWith(request, await sessionCookie({ loginAt: now() - 9 * 3600, lastSeen: now() }))).status()).toBe(
    401,
  );
  expect((await apiWith(request, await sessionCookie({}))).status()).toBe(401);
});

test("[HARDEN] an idle session sends the browser to the login page and its cookie is cleared", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const url = new URL(baseURL!);
  await context.addCookies([
    {
      name: "next-auth.session-token",
      value: await sessionCookie({ loginAt: now() - 7200, lastSeen: now() - 2 * 3600 }),
      domain: url.hostname,
      path: "/",
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
  const page = await context.newPage();
  await page.goto("/entry/sct");
  await expect(page).toHaveURL(/\/login/);
  expect((await context.cookies()).some((c) => c.name === "next-auth.session-token" && c.value)).toBe(false);
  await context.close();
});

test("[HARDEN] an active session's idle window slides forward, keeping its lifetime", async ({ request }) => {
  const loginAt = now() - 600;
  const response = await apiWith(request, await sessionCookie({ loginAt, lastSeen: now() - 120 }));
  expect(response.status()).toBe(200);
  const refreshed = response
    .headersArray()
    .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("next-auth.session-token="));
  expect(refreshed?.value).toMatch(/HttpOnly/i);
  expect(refreshed?.value).toMatch(/SameSite=lax/i);
  const maxAge = Number(/Max-Age=(\d+)/i.exec(refreshed!.value)?.[1]);
  expect(maxAge).toBeGreaterThan(8 * 3600 - 700);
  expect(maxAge).toBeLessThanOrEqual(8 * 3600 - 600);
});

test("[HARDEN] sign-ins and failed sign-ins are audited with the client's address: the socket's, never a forged header", async ({
  baseURL,
}) => {
  // the e2e server trusts no proxy (TRUST_PROXY unset): X-Forwarded-For and the server's own header are the client's words
  const forged = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
  const headers = { "x-forwarded-for": forged, "x-real-ip": forged, "x-chi-tieu-client-address": forged };
  const db = e2eDatabase();
  const since = (db.prepare("select coalesce(max(id), 0) as id from audit_log").get() as { id: number }).id;
  db.close();
  const failing = await apiSession(baseURL!, null);
  const { csrfToken } = await (await failing.get("/api/auth/csrf")).json();
  await failing.post("/api/auth/callback/credentials", {
    headers,
    form: { csrfToken, username: "ctk.canbo", password: "sai-mat-khau-1", json: "true" },
  });
  await failing.post("/api/auth/callback/credentials", {
    headers,
    form: { csrfToken, username: "ctk.lanhdao", password: DEMO_PASSWORD, json: "true" },
  });
  expect((await failing.storageState()).cookies.some((c) => c.name === "next-auth.session-token")).toBe(true);
  await failing.dispose();
  const check = e2eDatabase();
  try {
    const rows = check
      .prepare(
        "select action, entity_id as entityId, json_extract(after, '$.ip') as ip from audit_log where id > ? and action in ('login', 'login_failed') and entity_id in ('ctk.canbo', ?) order by id",
      )
      .all(since, String(userId("ctk.lanhdao")));
    expect(rows).toEqual([
      { action: "login_failed", entityId: "ctk.canbo", ip: "127.0.0.1" },
      { action: "login", entityId: String(userId("ctk.lanhdao")), ip: "127.0.0.1" },
    ]);
    expect(check.prepare("select count(*) as n from audit_log where after like ?").get(`%${forged}%`)).toEqual({
      n: 0,
    });
    expect(check.prepare("select count(*) as n from login_throttle where key like ?").get(`%${forged}%`)).toEqual({
      n: 0,
    });
  } finally {
    check.close();
  }
});

test("[HARDEN] signing out of a session due for a refresh ends it (the refresh never revives it)", async ({
  playwright,
  request,
  baseURL,
}) => {
  ensureUser("hzsignout.refresh", "officer", "sct");
  const url = new URL(baseURL!);
  // next-auth's CSRF pair from another client, so that sign-out is this client's first request
  const helper = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await helper.get("/api/auth/csrf")).json();
  const csrfCookies = (await helper.storageState()).cookies;
  await helper.dispose();
  const session = {
    name: "next-auth.session-token",
    // a user of its own: signing out ends every session of the user, in other specs too
    value: await sessionCookie({ loginAt: now() - 600, lastSeen: now() - 120 }, "hzsignout.refresh"),
    domain: url.hostname,
    path: "/",
    expires: now() + 3600,
    httpOnly: true,
    secure: false,
    sameSite: "Lax" as const,
  };
  const context = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL! },
    storageState: { cookies: [...csrfCookies, session], origins: [] },
  });
  await context.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect((await context.storageState()).cookies.find((c) => c.name === "next-auth.session-token")?.value ?? "").toBe(
    "",
  );
  expect((await context.get("/api/v1/indicators?year=2024")).status()).toBe(401);
  await context.dispose();
  // and a copy of the cookie kept from before is ended too (the user's session version moved)
  expect((await apiWith(request, session.value)).status()).toBe(401);
});
