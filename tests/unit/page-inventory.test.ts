import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGES } from "../pages/pages";

const APP = path.resolve(__dirname, "../../app");

function pageRoutes(dir = APP): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) out.push(...pageRoutes(full));
    else if (/^page\.tsx?$/.test(name)) {
      const segments = path
        .relative(APP, dir)
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s));
      out.push("/" + segments.join("/"));
    }
  }
  return out.sort();
}

describe("every page is in the accessibility and 375 px list", () => {
  it("finds the app's pages", () => {
    expect(pageRoutes()).toContain("/entry/[dept]/[year]/[month]");
  });
  it("lists every app/**/page.tsx in tests/pages/pages.ts", () => {
    const listed = new Set(PAGES.map((p) => p.route));
    const missing = pageRoutes().filter((r) => !listed.has(r));
    expect(missing, `add to tests/pages/pages.ts: ${missing.join(", ")}`).toEqual([]);
  });
  it("lists no page that is gone", () => {
    const routes = pageRoutes();
    expect(PAGES.filter((p) => !routes.includes(p.route)).map((p) => p.route)).toEqual([]);
  });
});
