import fs from "node:fs";
import path from "node:path";

/**
 * Every mutation in the code: exported functions of "use server" files (and files with an
 * inline "use server" directive) and the POST/PUT/PATCH/DELETE handlers of route files (the
 * JSON API is app/api/v1/**\/route.ts like every other route).
 */
const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "lib"];
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string, out: string[] = []): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return out;
  for (const name of fs.readdirSync(full)) {
    const rel = path.join(dir, name);
    if (fs.statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel.split(path.sep).join("/"));
  }
  return out;
}

const USE_SERVER = /^\s*["']use server["'];?/m;
const FILE_LEVEL_USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

export function serverActions(): string[] {
  const found: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of walk(dir)) {
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      if (!USE_SERVER.test(source)) continue;
      if (!FILE_LEVEL_USE_SERVER.test(source)) {
        // an inline server action inside a component: it must be listed by file
        found.push(`action ${file}#<inline>`);
        continue;
      }
      const names = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) names.add(m[1]);
      for (const m of source.matchAll(/export\s+const\s+(\w+)/g)) names.add(m[1]);
      for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
        for (const part of m[1].split(","))
          names.add(
            part
              .trim()
              .split(/\s+as\s+/)
              .pop()!
              .trim(),
          );
      for (const name of [...names].filter(Boolean)) found.push(`action ${file}#${name}`);
    }
  }
  return found.sort();
}

/** "/api/v1/submissions/[dept]/[year]/[month]/values" from "app/api/v1/submissions/[dept]/[year]/[month]/values/route.ts"; route groups dropped. */
function routePath(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

export function apiMutations(): string[] {
  const found: string[] = [];
  for (const file of walk("app").filter((f) => /\/route\.tsx?$/.test(f))) {
    const source = fs.readFileSync(path.join(ROOT, file), "utf8");
    const methods = new Set<string>();
    for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) methods.add(m[1]);
    for (const m of source.matchAll(/export\s+const\s+(\w+)/g)) methods.add(m[1]);
    for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
      for (const part of m[1].split(","))
        methods.add(
          part
            .trim()
            .split(/\s+as\s+/)
            .pop()!
            .trim(),
        );
    for (const method of MUTATING.filter((x) => methods.has(x))) found.push(`${method} ${routePath(file)}`);
  }
  return found.sort();
}

export function allMutations(): string[] {
  return [...serverActions(), ...apiMutations()].sort();
}
