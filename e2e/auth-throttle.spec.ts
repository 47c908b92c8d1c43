import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "./fixtures";
import { e2eDatabase } from "./hardening-fixtures";
import { sparePort, startSpareServer, type SpareServer } from "./hardening-server";

/**
 * Login throttling cannot be escaped or turned against someone (issue 15, defect 4). Servers of
 * the spec's own, on copies of the demo database: the address limits lock their address out.
 * Without TRUST_PROXY the address is the socket's, so rotating X-Forwarded-For (or forging the
 * header the server writes) changes nothing; with TRUST_PROXY=127.0.0.1 this client plays the
 * reverse proxy, and the addresses it forwards are the clients': a stranger's failures from one
 * never stop the user signing in from another.
 */
test.describe.configure({ mode: "serial" });

const PORT = sparePort(5);
const THROTTLED = /^Đăng nhập sai quá nhiều lần/;

/** A copy of the e2e database with no failed sign-ins recorded yet (other specs' are in the original). */
async function copyOfDemo(name: string): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `chi-tieu-${name}-`)), "app.db");
  const source = e2eDatabase();
  await source.backup(file);
  source.close();
  const copy = e2eDatabase(file);
  copy.exec("delete from login_throttle; delete from audit_log where action in ('login', 'login_failed')");
  copy.close();
  return file;
}

/** One sign-in through next-auth's credentials endpoint: the error it answers ("" when signed in). */
async function attempt(server: SpareServer, username: string, password: string, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${server.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const answer = await fetch(`${server.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie,
      origin: server.url,
      ...headers,
    },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  if (answer.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))) return "";
  const { url } = (await answer.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "?";
}

/** How many of the answers were throttled, and how many were checked (wrong password). */
const tally = (errors: string[]) => ({
  throttled: errors.filter((e) => THROTTLED.test(e)).length,
  checked: errors.filter((e) => e.startsWith("Tên đăng nhập hoặc mật khẩu không đúng")).length,
});

test("[AUTH] by default the server listens on 127.0.0.1, and without TRUST_PROXY 40 attempts with rotating X-Forwarded-For are throttled, a forged address header ignored", async () => {
  test.setTimeout(180_000);
  const file = await copyOfDemo("throttle");
  // HOST unset: the server's default address
  const server = await startSpareServer(file, PORT, { TRUST_PROXY: "", HOST: "" });
  try {
    // it listens on 127.0.0.1 only: the machine's other addresses are refused
    const other = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
    if (other) {
      const outside = await fetch(`http://${other}:${PORT}/api/health`).then(
        (r) => r.status,
        () => "refused",
      );
      expect(outside, `http://${other}:${PORT}`).toBe("refused");
    }
    // it says so once its warm-up request is done
    await expect.poll(() => server.output()).toContain(`http://127.0.0.1:${PORT}`);

    // one account, 40 wrong passwords, each from a "new address"
    const oneUser: string[] = [];
    for (let i = 0; i < 40; i++)
      oneUser.push(await attempt(server, "sgtvt.canbo", `Sai${i}matkhau`, { "x-forwarded-for": `203.0.113.${i + 1}` }));
    const single = tally(oneUser);
    console.log(
      `rotating X-Forwarded-For, one account: ${single.checked} of 40 checked, ${single.throttled} throttled`,
    );
    expect(single.checked).toBeGreaterThanOrEqual(5);
    expect(single.checked).toBeLessThanOrEqual(10);
    expect(single.throttled).toBe(40 - single.checked);

    // password spraying: 40 usernames, each from a "new address", as the probe did
    const spray: string[] = [];
    for (let i = 0; i < 40; i++)
      spray.push(await attempt(server, `khong.co.${i}`, "Sai1matkhau", { "x-forwarded-for": `198.51.100.${i + 1}` }));
    const sprayed = tally(spray);
    console.log(
      `rotating X-Forwarded-For, 40 accounts: ${sprayed.checked} of 40 checked, ${sprayed.throttled} throttled`,
    );
    // the address's 30 failures are counted across both runs: the one account's few, then the spray's
    expect(single.checked + sprayed.checked).toBe(30);
    expect(sprayed.throttled).toBe(40 - sprayed.checked);

    // naming another address in the header the server writes does not get out either
    const forged = await attempt(server, "sct.canbo", DEMO_PASSWORD, {
      "x-forwarded-for": "192.0.2.1",
      "x-chi-tieu-client-address": "192.0.2.1",
      "X-Real-IP": "192.0.2.1",
    });
    expect(forged).toMatch(THROTTLED);

    const db = e2eDatabase(file);
    try {
      const addresses = db
        .prepare("select distinct json_extract(after, '$.ip') as ip from audit_log where action = 'login_failed'")
        .all();
      expect(addresses).toEqual([{ ip: "127.0.0.1" }]);
      expect(
        db.prepare("select key from login_throttle where key like 'addr:%' order by key").all(),
        "one address was seen, the socket's",
      ).toEqual([{ key: "addr:127.0.0.1" }]);
    } finally {
      db.close();
    }
  } finally {
    await server.stop();
  }
});

test("[AUTH] behind a trusted proxy, a stranger's wrong passwords from one address never stop the user signing in from another", async () => {
  test.setTimeout(180_000);
  const file = await copyOfDemo("throttle-proxy");
  const server = await startSpareServer(file, PORT, { TRUST_PROXY: "127.0.0.1" });
  try {
    const stranger = { "x-forwarded-for": "203.0.113.66" };
    const errors: string[] = [];
    for (let i = 0; i < 20; i++) errors.push(await attempt(server, "sgtvt.lanhdao", `Sai${i}matkhau`, stranger));
    // the stranger is slowed: a few checked, the rest refused unchecked
    expect(tally(errors).checked).toBeGreaterThanOrEqual(5);
    expect(tally(errors).throttled).toBeGreaterThan(0);
    // the user, from their own address, is not: signed in at once
    expect(await attempt(server, "sgtvt.lanhdao", DEMO_PASSWORD, { "x-forwarded-for": "198.51.100.7" })).toBe("");

    // and the addresses recorded are the forwarded ones
    const db = e2eDatabase(file);
    try {
      const addresses = db
        .prepare(
          "select distinct json_extract(after, '$.ip') as ip from audit_log where action in ('login', 'login_failed') order by ip",
        )
        .all();
      expect(addresses).toEqual([{ ip: "198.51.100.7" }, { ip: "203.0.113.66" }]);
    } finally {
      db.close();
    }
  } finally {
    await server.stop();
  }
});
