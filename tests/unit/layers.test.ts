import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Layers point one way: db ← lib ← app/cli. This reads every import of the source tree
 * (tests excepted) and checks who may import what.
 */

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["db", "lib", "app", "cli"];

/** Module specifiers of a source text: import/export … from "x", import "x", import("x"), require("x"). */
function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gms,
    /^\s*import\s+["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) out.push(m[1]);
  return out;
}

/** Where a specifier points, relative to the repository ("lib/periods", "db/raw"), or the package name. */
function target(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith("."))
    return path
      .relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier))
      .split(path.sep)
      .join("/");
  return `package:${specifier}`;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "migrations") walk(child);
      } else if (/\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(child);
    }
  };
  walk(dir);
  return out;
}

interface Edge {
  file: string;
  to: string;
}

const edges: Edge[] = SOURCE_DIRS.flatMap(sourceFiles).flatMap((file) =>
  importSpecifiers(fs.readFileSync(path.join(ROOT, file), "utf8")).map((s) => ({ file, to: target(file, s) })),
);

const under = (p: string, dir: string) => p === dir || p.startsWith(`${dir}/`);
const within = (p: string, dirs: string[]) => dirs.some((d) => under(p, d));

/**
 * Imports a rule refuses today that are being removed elsewhere, each with the reason. A line
 * here that no longer matches an import fails the test, so it is deleted with the import.
 */
const KNOWN_EXCEPTIONS: { file: string; to: string; why: string }[] = [];

function violations(rule: (e: Edge) => boolean): string[] {
  return edges
    .filter((e) => rule(e) && !KNOWN_EXCEPTIONS.some((x) => x.file === e.file && x.to === e.to))
    .map((e) => `${e.file} → ${e.to}`);
}

describe("layers", () => {
  it("reads the imports of the tree (the scanner sees every form)", () => {
    expect(
      importSpecifiers(
        `import a from "x";\nimport type { B } from "@/y";\nexport { c } from "./z";\nimport "server-only";\nimport {\n  d,\n} from "../w";\nconst e = await import("v");`,
      ),
    ).toEqual(["x", "@/y", "./z", "../w", "server-only", "v"]);
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ file: "db/schema/plan.ts", to: "db/schema/vocabulary" });
  });

  it("db/ imports nothing from lib/, app/ or cli/ (the demo loader db/seed is an application of lib, like the CLI)", () => {
    expect(
      violations((e) => under(e.file, "db") && !under(e.file, "db/seed") && within(e.to, ["lib", "app", "cli"])),
    ).toEqual([]);
  });

  it("db/schema is tables and code lists only: drizzle and its own files", () => {
    expect(
      violations(
        (e) => under(e.file, "db/schema") && !under(e.to, "db/schema") && !e.to.startsWith("package:drizzle-orm"),
      ),
    ).toEqual([]);
  });

  it("lib/ does not reach up into the pages, the CLI or the demo loader", () => {
    expect(violations((e) => under(e.file, "lib") && within(e.to, ["app", "cli", "db/seed"]))).toEqual([]);
  });

  it("the roll-up is pure: numbers, periods and the code lists, no I/O, no reports or draft", () => {
    const allowed = ["lib/rollup", "lib/numbers", "lib/periods", "db/schema/vocabulary"];
    expect(violations((e) => under(e.file, "lib/rollup") && !within(e.to, allowed))).toEqual([]);
  });

  it("numbers, periods, text and labels are pure too", () => {
    const pure = ["lib/numbers", "lib/periods", "lib/text", "lib/vocabulary"];
    expect(violations((e) => within(e.file, pure) && !within(e.to, [...pure, "db/schema/vocabulary"]))).toEqual([]);
  });

  it("read caches sit with the data access: reports and the catalogue share db/read-cache, not each other's", () => {
    expect(violations((e) => under(e.file, "lib/catalogue") && under(e.to, "lib/reports"))).toEqual([]);
  });

  it("domain code throws DomainError from lib/errors.ts and imports nothing of the transports (server actions, the API)", () => {
    const transport = (file: string) =>
      within(file, ["lib/actions", "lib/api", "lib/commands"]) || /(\/|-)actions(\.ts$|\/)/.test(file);
    expect(
      violations((e) => under(e.file, "lib") && !transport(e.file) && within(e.to, ["lib/actions", "lib/api"])),
    ).toEqual([]);
    expect(
      fs.readFileSync(path.join(ROOT, "lib/actions/result.ts"), "utf8"),
      "DomainError lives in lib/errors.ts only",
    ).not.toMatch(/DomainError/);
  });

  it("every known exception is still needed", () => {
    for (const x of KNOWN_EXCEPTIONS)
      expect(edges, `${x.file} → ${x.to} is gone: delete its line in KNOWN_EXCEPTIONS`).toContainEqual({
        file: x.file,
        to: x.to,
      });
  });
});
