import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchRoute } from "./match";
import { API_ROUTES } from "./routes";

describe("the JSON API's route table", () => {
  it("names each method and path once, every path under /api/v1", () => {
    const keys = API_ROUTES.map((r) => `${r.method} ${r.pattern.replace(/:\w+/g, ":")}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of API_ROUTES) expect(r.pattern).toMatch(/^\/api\/v1\//);
  });

  it("finds each route by its own path", () => {
    for (const r of API_ROUTES) {
      const found = matchRoute(API_ROUTES, r.method, r.pattern.replace(/:(\w+)/g, "x$1"));
      expect(found.kind === "found" && found.route, `${r.method} ${r.pattern}`).toBe(r);
    }
  });

  it("has no app/api/v1 route files: the server answers /api/v1 before Next.js, they would never run", () => {
    expect(fs.existsSync(path.resolve(__dirname, "../../../app/api/v1"))).toBe(false);
  });
});
