import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiRouteFiles } from "../tests/api/route-files";
import { apiSession, ensureTestDepartment } from "./hardening-fixtures";

const SAMPLE: Record<string, string> = {
  dept: "sct",
  year: "2024",
  month: "5",
  period: "6T",
  code: "ct.xnk_tong",
  id: "1",
};

/** A GET as the bytes on the wire: a browser or Playwright's request context would decompress the body. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

/**
 * A GET, then the same GET with the tag it was given. The other worker's specs write to the same
 * database: when the data version moved in between, the answer is 200 with a new tag, and the
 * pair is tried again (a few times at most).
 */
async function revalidated(session: APIRequestContext, address: string) {
  for (let attempt = 1; ; attempt++) {
    const first = await session.get(address);
    expect(first.status(), address).toBe(200);
    const tag = first.headers()["etag"];
    expect(tag, address).toMatch(/^W\/"\d+-[\w-]+"$/);
    const again = await session.get(address, { headers: { "if-none-match": tag } });
    if (again.status() === 304 || attempt === 5) return { tag, again };
    expect(again.headers()["etag"], `${address}: a 200 comes with another tag`).not.toBe(tag);
  }
}

/** Every route file under app/api/v1 with the methods it exports and an address it serves. */
function routeFiles(): { file: string; address: string; methods: string[] }[] {
  return apiRouteFiles().map(({ file, segments, methods }) => ({
    file,
    address: "/api/v1/" + segments.map((s) => (s.startsWith("[") ? SAMPLE[s.slice(1, -1)] : s)).join("/"),
    methods,
  }));
}

test.describe("[API] the JSON API is Next.js route handlers", () => {
  test("every route file under app/api/v1 is served: signed out, each method gets its handler's 401 (the description: 200), not a 404 or 405", async ({
    request,
  }) => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      if (route.address === "/api/v1/openapi.json") {
        const description = await request.get(route.address);
        expect(description.status(), "the API's description is public").toBe(200);
        expect((await description.json()).openapi).toBe("3.1.0");
        continue;
      }
      for (const method of route.methods) {
        const response = await request.fetch(route.address, { method, data: method === "GET" ? undefined : {} });
        expect(response.status(), `${method} ${route.address} (${route.file})`).toBe(401);
        expect((await response.json()).error, `${method} ${route.address}`).toMatch(/Chưa đăng nhập/);
        expect(response.headers()["x-request-id"], "the proxy ran").toMatch(/^[0-9a-f-]{36}$/);
      }
    }
  });

  test("an address that names no route answers a JSON 404 in Vietnamese, whatever the method", async ({ request }) => {
    for (const method of ["GET", "POST", "PUT", "DELETE"]) {
      const response = await request.fetch("/api/v1/khong-co/dia-chi", { method });
      expect(response.status(), method).toBe(404);
      expect((await response.json()).error).toBe("Không có địa chỉ API này");
    }
  });

  test("a report answer carries an ETag: the same one again is 304 without a body, a changed value gives a new one", async ({
    baseURL,
  }) => {
    const planner = await apiSession(baseURL!, "tonghop");
    const officer = await apiSession(baseURL!, "ctk.canbo");
    for (const address of [
      "/api/v1/reports/2024/9T",
      "/api/v1/reports/2024/9T/draft",
      "/api/v1/reports/2024/9T/export?format=xlsx",
    ]) {
      const { tag, again } = await revalidated(planner, address);
      expect(again.status(), address).toBe(304);
      expect((await again.body()).length).toBe(0);
      // another user's view of the same address has its own tag
      if (!address.includes("export")) {
        const theirs = await officer.get(address, { headers: { "if-none-match": tag } });
        expect(theirs.status(), address).toBe(200);
      }
    }
    const report = "/api/v1/reports/2024/9T";
    const tag = (await planner.get(report)).headers()["etag"];
    // a department of this spec's own, so no other spec's save gets in the way
    const { indicator } = ensureTestDepartment("apietag");
    const own = await apiSession(baseURL!, "apietag.canbo");
    const saved = await own.put("/api/v1/submissions/apietag/2024/3/values", {
      data: { values: [{ indicator, value: 12, status: "estimate" }] },
    });
    expect(saved.status()).toBe(200);
    const changed = await planner.get(report, { headers: { "if-none-match": tag } });
    expect(changed.status()).toBe(200);
    expect(changed.headers()["etag"]).not.toBe(tag);
  });

  test("a report answer is sent compressed to a client that accepts it, and as it is to one that does not", async ({
    baseURL,
  }) => {
    const planner = await apiSession(baseURL!, "tonghop");
    const cookie = (await planner.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    for (const address of ["/api/v1/reports/2024/9T", "/api/v1/reports/2024/9T/units?indicator=dtc.giai_ngan"]) {
      const plain = await rawGet(baseURL! + address, { cookie, "accept-encoding": "identity" });
      expect(plain.status, address).toBe(200);
      expect(plain.headers["content-encoding"], address).toBeUndefined();
      const answer = JSON.parse(plain.body.toString("utf8"));
      // brotli where the client accepts it (an API client's usual header), else gzip
      for (const [accept, encoding, decode] of [
        ["gzip, deflate, br", "br", brotliDecompressSync],
        ["gzip", "gzip", gunzipSync],
      ] as const) {
        const zipped = await rawGet(baseURL! + address, { cookie, "accept-encoding": accept });
        expect(zipped.status, address).toBe(200);
        expect(zipped.headers["content-encoding"], `${address} ${accept}`).toBe(encoding);
        expect(zipped.headers["vary"], address).toContain("Accept-Encoding");
        expect(zipped.body.byteLength, `${address} ${accept}`).toBeLessThan(plain.body.byteLength / 3);
        expect(JSON.parse(decode(zipped.body).toString("utf8")), address).toEqual(answer);
      }
    }
    // the exports are zip files already: sent as they are
    const xlsx = await rawGet(`${baseURL}/api/v1/reports/2024/9T/export?format=xlsx`, {
      cookie,
      "accept-encoding": "gzip",
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers["content-encoding"]).toBeUndefined();
  });
});
