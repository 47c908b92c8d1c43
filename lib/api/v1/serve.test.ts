import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// the app's own process-wide connection, on a database of this test
process.env.DATABASE_URL = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-api-")), "app.db")}`;

import { getConnection } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { createApiToken } from "@/lib/auth/tokens";
import { authSecret } from "@/lib/env";
import { MAX_API_BODY_BYTES, sendResponse, serveApi } from "./serve";

/** The JSON API served on Node's request and response, as scripts/serve.mjs serves it: through a real HTTP server. */
const { sqlite, db } = getConnection();
let server: http.Server;
let url: string;
let officerToken: string;
let officerId: number;
let codes: string[];

beforeAll(async () => {
  loadDemoProvince(db);
  const officer = sqlite.prepare("select id, department_id as departmentId from users where username = 'vpubnd.canbo'").get() as { id: number; departmentId: number };
  officerId = officer.id;
  officerToken = createApiToken(db, officer.id, "test").token;
  codes = (sqlite.prepare("select i.code from indicator_assignments a join indicators i on i.id = a.indicator_id where a.department_id = ? and a.year = 2024 and i.kind = 'cumulative'").all(officer.departmentId) as { code: string }[]).map((r) => r.code);
  server = http.createServer((req, res) => void serveApi(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const bearer = () => ({ authorization: `Bearer ${officerToken}` });

describe("the JSON API beside Next.js", () => {
  it("answers an unknown address 404 and a wrong method 405 with the methods it takes, in Vietnamese", async () => {
    const unknown = await fetch(`${url}/api/v1/khong-co`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/Không có địa chỉ API/);
    const wrong = await fetch(`${url}/api/v1/indicators`, { method: "DELETE" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST");
  });

  it("refuses a request without credentials (401) and never lets an answer be cached", async () => {
    const response = await fetch(`${url}/api/v1/reports/2024/6T`);
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("takes a Bearer token: the report, with its query string", async () => {
    const response = await fetch(`${url}/api/v1/reports/2024/6T?counting=approved`, { headers: bearer() });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ year: 2024, period: "6T", counting: "approved" });
    expect(body.rows.length).toBeGreaterThan(0);
    expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(JSON.stringify(body)));
  });

  it("takes the session cookie as the pages do", async () => {
    const now = Math.floor(Date.now() / 1000);
    const session = await encode({ token: { uid: officerId, loginAt: now, lastSeen: now }, secret: authSecret(), maxAge: 3600 });
    const response = await fetch(`${url}/api/v1/submissions/vpubnd/2024/3`, { headers: { cookie: `theme=dark; next-auth.session-token=${session}` } });
    expect(response.status).toBe(200);
    expect((await response.json()).department).toBe("vpubnd");
    const other = await fetch(`${url}/api/v1/submissions/sct/2024/3`, { headers: { cookie: `next-auth.session-token=${session}` } });
    expect(other.status).toBe(403);
  });

  it("hands the handler the body intact, multi-byte text included, and stores it", async () => {
    const note = "Ước tính theo số liệu của Sở; đã đối chiếu ".repeat(40);
    const response = await fetch(`${url}/api/v1/submissions/vpubnd/2024/12/values`, {
      method: "PUT",
      headers: { ...bearer(), "content-type": "application/json" },
      body: JSON.stringify({ values: [{ indicator: codes[0], value: "27.068,7", status: "estimate", note }] }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).values[0]).toMatchObject({ indicator: codes[0], period: "T12", value: 27068.7 });
    const stored = sqlite.prepare("select v.note from indicator_values v join indicators i on i.id = v.indicator_id where i.code = ? and v.year = 2024 and v.period = 'T12'").get(codes[0]) as { note: string };
    expect(stored.note).toBe(note.trim());
  });

  it("refuses a body over the limit with 413 without reading it, and closes the connection", async () => {
    const response = await new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
      const request = http.request(`${url}/api/v1/submissions/vpubnd/2024/11/import`, { method: "POST", headers: { ...bearer(), "content-length": MAX_API_BODY_BYTES + 1 } }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, connection: res.headers.connection, body }));
      });
      request.on("error", reject);
      request.write("x".repeat(1000));
    });
    expect(response.status).toBe(413);
    expect(response.connection).toBe("close");
    expect(JSON.parse(response.body).error).toMatch(/quá lớn/);
  });

  it("answers HEAD like GET without a body", async () => {
    const response = await fetch(`${url}/api/v1/reports/2024/6T`, { method: "HEAD", headers: bearer() });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });
});

describe("writing a web Response on Node's response", () => {
  it("keeps every Set-Cookie, the status and the handler's own cache policy", async () => {
    const target = http.createServer((_req, res) => {
      const headers = new Headers({ "content-type": "text/plain", "cache-control": "private, max-age=60" });
      headers.append("set-cookie", "a=1; Path=/");
      headers.append("set-cookie", "b=2; Path=/");
      void sendResponse(res, new Response("đã lưu", { status: 201, headers }));
    });
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(target.address() as AddressInfo).port}/`);
      expect(response.status).toBe(201);
      expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
      expect(response.headers.get("cache-control")).toBe("private, max-age=60");
      expect(await response.text()).toBe("đã lưu");
    } finally {
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });
});
