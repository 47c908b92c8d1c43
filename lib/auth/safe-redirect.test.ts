import { describe, expect, it } from "vitest";
import { OFF_SITE_REDIRECTS as OFF_SITE } from "@/tests/corpus/bad-input";
import { SAFE_REDIRECT_FALLBACK, safeRedirectPath, sameOriginRedirect } from "./safe-redirect";

/** Paths of the site: kept, in the URL parser's spelling. */
const SAME_SITE: [string, string][] = [
  ["/", "/"],
  ["/dashboard", "/dashboard"],
  ["/entry/sct/2024/3?revise=1", "/entry/sct/2024/3?revise=1"],
  ["/draft/2024/6T?version=12#s:I.1", "/draft/2024/6T?version=12#s:I.1"],
  ["/indicators?q=n%C3%B4ng%20nghi%E1%BB%87p", "/indicators?q=n%C3%B4ng%20nghi%E1%BB%87p"],
  ["/a/../dashboard", "/dashboard"],
  ["/javascript:alert(1)", "/javascript:alert(1)"],
  ["/evil.example/phish", "/evil.example/phish"],
  ["/ /evil.example", "/%20/evil.example"],
];

describe("safeRedirectPath: only paths of this site, whatever the spelling", () => {
  it.each(OFF_SITE.map((target) => [JSON.stringify(target), target]))("refuses %s", (_label, target) => {
    expect(safeRedirectPath(target)).toBe(SAFE_REDIRECT_FALLBACK);
  });

  it.each(SAME_SITE)("keeps %s", (target, path) => {
    expect(safeRedirectPath(target)).toBe(path);
  });

  it("the corpus is large enough to mean something", () => {
    expect(OFF_SITE.length).toBeGreaterThanOrEqual(25);
  });

  it("what a browser makes of a kept path stays on the site", () => {
    for (const target of [...OFF_SITE, ...SAME_SITE.map(([t]) => t)]) {
      const landed = new URL(safeRedirectPath(target), "https://chitieu.example");
      expect(landed.origin, JSON.stringify(target)).toBe("https://chitieu.example");
    }
  });

  it("takes the first of repeated query values, refuses anything but text, and has a fallback of the caller's", () => {
    expect(safeRedirectPath(["/review", "//evil.example"])).toBe("/review");
    expect(safeRedirectPath(["//evil.example", "/review"])).toBe("/");
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(42)).toBe("/");
    expect(safeRedirectPath("//evil.example", "/login")).toBe("/login");
  });
});

describe("sameOriginRedirect: next-auth's redirect callback", () => {
  const base = "http://127.0.0.1:3120";
  it.each([
    ["/dashboard", `${base}/dashboard`],
    [`${base}/login?callbackUrl=%2Fdashboard`, `${base}/login?callbackUrl=%2Fdashboard`],
    [base, `${base}/`],
    [`${base}/\\evil.example/phish`, `${base}/`],
    [`${base}/%09/evil.example/phish`, `${base}/`],
    [`${base}//evil.example/phish`, `${base}/`],
    [`${base}@evil.example/phish`, `${base}/`],
    ["http://user@127.0.0.1:3120/dashboard", `${base}/`],
    ["https://evil.example/phish", `${base}/`],
    ["http://127.0.0.1:3121/dashboard", `${base}/`],
    ["/\\evil.example/phish", `${base}/`],
    ["javascript:alert(1)", `${base}/`],
  ])("%s → %s", (url, expected) => {
    expect(sameOriginRedirect(url, base)).toBe(expected);
  });
});
