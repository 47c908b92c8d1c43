import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { hostilePaths } from "@/tests/corpus/bad-input";
import { isBuiltFilePath } from "./route-path";

/**
 * Which requests skip the front door. Next.js compiles each matcher source (path-to-regexp) to
 * the source anchored at both ends (with an optional /_next/data prefix and .rsc suffix, which
 * change nothing here), and tries it on the path as the URL parser leaves it (dot segments, even
 * %2e%2e, resolved) and on that path decoded, running the proxy when either matches. This test
 * reads the matcher that way without Next.js's internals; e2e/hardening-paths.spec.ts sends the
 * same paths to the built server.
 */
const matchers = config.matcher.map((source) => new RegExp(`^${source}$`));
const matches = (pathname: string) => matchers.some((m) => m.test(pathname));

function proxyRuns(raw: string): boolean {
  const pathname = new URL(`http://n${raw}`).pathname;
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Next.js matches the undecoded path alone
  }
  return matches(pathname) || matches(decoded);
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
