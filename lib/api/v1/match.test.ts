import { describe, expect, it } from "vitest";
import { matchPattern, matchRoute } from "./match";

const routes = [
  { method: "GET", pattern: "/api/v1/reports/:year/:period" },
  { method: "GET", pattern: "/api/v1/reports/:year/:period/export" },
  { method: "PUT", pattern: "/api/v1/submissions/:dept/:year/:month/values" },
  { method: "GET", pattern: "/api/v1/indicators" },
  { method: "POST", pattern: "/api/v1/indicators" },
];

describe("API route matching", () => {
  it("names the route and its URL-decoded parameters", () => {
    expect(matchRoute(routes, "GET", "/api/v1/reports/2024/6T")).toEqual({ kind: "found", route: routes[0], params: { year: "2024", period: "6T" } });
    expect(matchPattern("/api/v1/submissions/:dept/:year/:month/values", "/api/v1/submissions/s%E1%BB%9F%20ct/2024/6/values")).toEqual({ dept: "sở ct", year: "2024", month: "6" });
  });

  it("tells a path served under other methods from an unknown one", () => {
    expect(matchRoute(routes, "DELETE", "/api/v1/indicators")).toEqual({ kind: "method", allowed: ["GET", "POST"] });
    expect(matchRoute(routes, "GET", "/api/v1/reports/2024")).toEqual({ kind: "none" });
    expect(matchRoute(routes, "GET", "/api/v1/reports/2024/6T/export/extra")).toEqual({ kind: "none" });
    expect(matchRoute(routes, "GET", "/api/v1/plans")).toEqual({ kind: "none" });
  });

  it("takes a trailing slash as the same path, and refuses a malformed escape", () => {
    expect(matchRoute(routes, "GET", "/api/v1/indicators/").kind).toBe("found");
    expect(matchPattern("/api/v1/reports/:year/:period", "/api/v1/reports/%E0%A4%A/6T")).toBeNull();
  });
});
