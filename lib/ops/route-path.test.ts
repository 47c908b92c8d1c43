import { describe, expect, it } from "vitest";
import { hostilePaths } from "@/tests/corpus/bad-input";
import { isBuiltFilePath, routePath } from "./route-path";

describe("route path: one normalisation before every check", () => {
  it.each([
    ["/"],
    ["/login"],
    ["/entry/sct/2024/5"],
    ["/api/v1/indicators/I.3.2"],
    ["/api/v1/reports/2024/6T/draft"],
    ["/admin/plans/"],
    ["/login;jsessionid=1"],
    ["/_next/static/chunks/052c5k2dk8-5a.js"],
    ["/B%C3%A1o-c%C3%A1o"],
    ["/a...b/..."],
  ])("lets %j through as it is", (raw) => {
    const route = routePath(raw);
    expect(route.ok).toBe(true);
    expect(route.path).toBe(decodeURIComponent(raw));
  });

  it.each([
    // encoded dots and slashes, upper and lower case
    ["/_next/static/..%2f..%2fentry/sct/2024/5", "/entry/sct/2024/5"],
    ["/_next/static/..%2F..%2Fentry/sct/2024/5", "/entry/sct/2024/5"],
    ["/_next/image/..%2fadmin", "/_next/admin"],
    ["/_next/image/..%2f..%2fadmin", "/admin"],
    ["/favicon.ico/..%2fapi/v1/indicators", "/api/v1/indicators"],
    ["/_next/static/%2e%2e/%2e%2e/login", "/login"],
    ["/_next/static/%2E%2E%2F%2E%2E%2Flogin", "/login"],
    ["/_next/static/.%2e/.%2E/login", "/login"],
    // encoded twice
    ["/_next/static/%252e%252e%252f%252e%252e%252flogin", "/login"],
    // backslashes, raw and encoded
    ["/_next/static/..\\..\\login", "/login"],
    ["/_next/static/..%5c..%5Clogin", "/login"],
    // repeated slashes
    ["//evil.example/login", "/evil.example/login"],
    ["/api/v1//indicators", "/api/v1/indicators"],
    ["/api/v1/%2findicators", "/api/v1/indicators"],
    ["/api%2fv1/plans", "/api/v1/plans"],
    // `;` parameters hiding dot segments
    ["/_next/static/x/..;/..;/login", "/_next/login"],
    ["/_next/static/.;x/login", "/_next/static/login"],
    // plain dot segments (the router resolves these itself; the proxy never sees them)
    ["/entry/./sct", "/entry/sct"],
    ["/entry/sct/..", "/entry/"],
    ["/../../etc/passwd", "/etc/passwd"],
  ])("refuses %j, which names %j", (raw, path) => {
    expect(routePath(raw)).toMatchObject({ ok: false, path });
  });

  it.each([["/login%"], ["/login%zz"], ["/%E0%A4%A"], ["/%ff"]])("refuses the malformed escape %j", (raw) => {
    expect(routePath(raw)).toMatchObject({ ok: false, reason: "malformed percent-encoding" });
  });

  it.each([["/login%00"], ["/login%0d%0aSet-Cookie:x=1"], ["/a%09b"], ["/x%7f"], ["/%2500"]])(
    "refuses the control character in %j",
    (raw) => {
      expect(routePath(raw)).toMatchObject({ ok: false, reason: "control character" });
    },
  );

  it("refuses a path that does not start at the root", () => {
    expect(routePath("login")).toMatchObject({ ok: false, reason: "relative path" });
    expect(routePath("%2flogin")).toMatchObject({ ok: false, reason: "relative path" });
  });

  it("says why: an escaped slash, a backslash, a dot segment", () => {
    expect(routePath("/api%2fv1/plans")).toEqual({
      ok: false,
      reason: "escaped or backward slash",
      path: "/api/v1/plans",
    });
    expect(routePath("/api%5Cv1/plans")).toMatchObject({ ok: false, reason: "escaped or backward slash" });
    expect(routePath("/api\\v1/plans")).toMatchObject({ ok: false, reason: "escaped or backward slash" });
    expect(routePath("/x/%2e%2e/api/v1/plans")).toEqual({ ok: false, reason: "not normalised", path: "/api/v1/plans" });
  });

  it("keeps a literal % that decodes no further", () => {
    expect(routePath("/a%2525zz")).toEqual({ ok: true, path: "/a%zz" });
  });
});

describe("the hostile path corpus", () => {
  it.each(hostilePaths("entry/sct/2024/5"))("%s is refused, or checked as the route the router serves", (raw) => {
    // what the proxy is given: the path as the URL parser leaves it (dot segments, even %2e%2e, resolved)
    const pathname = new URL(`http://n${raw}`).pathname;
    const route = routePath(pathname);
    if (route.ok) {
      expect(pathname).not.toMatch(/%|\\|;|\/\//);
      expect(route.path).toBe(pathname);
    } else expect(route.path === null || route.path.startsWith("/")).toBe(true);
  });
});

describe("built files", () => {
  it.each([["/_next/static/chunks/052c5k2dk8-5a.js"], ["/_next/static/7fAfn8Yfge2it46g6_CZb/_buildManifest.js"]])(
    "%j is a built file",
    (raw) => {
      expect(isBuiltFilePath(raw)).toBe(true);
    },
  );
  it.each([
    ["/_next/static/"],
    ["/_next/static/..%2f..%2fentry/sct/2024/5"],
    ["/_next/static/x/..;/..;/login"],
    ["/_next/static/%2e%2e/login"],
    ["/_NEXT/static/chunks/a.js"],
    ["/_next/static/chunks/a.js;x"],
    ["/_next/static/chunks//a.js"],
    ["/_next/image"],
    ["/_next/image/../admin"],
    ["/favicon.ico"],
  ])("%j is not", (raw) => {
    expect(isBuiltFilePath(raw)).toBe(false);
  });
});
