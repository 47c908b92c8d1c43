import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { hostilePaths } from "@/tests/corpus/bad-input";
import { isBuiltFilePath } from "./route-path";

/**
 * Which requests skip the front door: proxy.ts's matcher compiled by Next.js's own code, and
 * tried as its router tries it (next/dist/server/lib/router-utils/resolve-routes.js): on the
 * path parsed by the URL parser (which resolves `..` and `%2e%2e` segments), then on that path
 * decoded; the proxy runs when either matches. These are Next.js internals: a Next.js upgrade
 * that changes them fails this test rather than silently opening a way round the front door.
 */
type CompiledMatcher = { regexp: string; originalSource: string };
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: string[], nextConfig: object) => CompiledMatcher[];
};
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}) as never);

function proxyRuns(raw: string): boolean {
  const pathname = new URL(`http://n${raw}`).pathname;
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Next.js matches the undecoded path alone
  }
  return matches(pathname, {} as never, {}) || matches(decoded, {} as never, {});
}

const PROBE_PATHS = [
  ...hostilePaths("entry/sct/2024/5"),
  ...hostilePaths("api/v1/indicators"),
  "/_next/static/chunks/a.js%00",
  "/_next/static/chunks/a.js;x",
  "/_NEXT/static/chunks/a.js",
  "/_next/image",
  "/_next/image?url=/login&w=64&q=75",
  "/favicon.ico",
];

describe("proxy matcher: only plain built files skip the front door", () => {
  it.each(PROBE_PATHS)("%s passes the front door", (raw) => {
    expect(proxyRuns(raw)).toBe(true);
  });

  it.each([
    "/",
    "/login",
    "/entry/sct/2024/5",
    "/api/v1/indicators",
    "/api/health",
    "/_next/data/x/login.json",
    "/_next/staticx/a.js",
  ])("%s passes the front door", (raw) => {
    expect(proxyRuns(raw)).toBe(true);
  });

  it.each(["/_next/static/chunks/052c5k2dk8-5a.js", "/_next/static/7fAfn8Yfge2it46g6_CZb/_buildManifest.js"])(
    "the built file %s skips it",
    (raw) => {
      expect(proxyRuns(raw)).toBe(false);
    },
  );

  it("skips nothing but what isBuiltFilePath calls a built file", () => {
    for (const raw of [...PROBE_PATHS, "/_next/static/chunks/a.js", "/_next/static/css/app.css"]) {
      const pathname = new URL(`http://n${raw}`).pathname;
      if (!proxyRuns(raw)) expect(isBuiltFilePath(pathname), raw).toBe(true);
    }
  });
});
