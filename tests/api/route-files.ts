import fs from "node:fs";
import path from "node:path";

export const API_DIR = path.resolve(__dirname, "../../app/api/v1");

export interface ApiRouteFile {
  /** the file, relative to the repository */
  file: string;
  /** its folders under app/api/v1, e.g. ["reports", "[year]", "[period]"] */
  segments: string[];
  /** the HTTP methods it exports */
  methods: string[];
}

/** Every route file under app/api/v1 except catch-alls, with the methods it exports. */
export function apiRouteFiles(): ApiRouteFile[] {
  const found: ApiRouteFile[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") {
        const segments = path.relative(API_DIR, dir).split(path.sep).filter(Boolean);
        if (segments.some((s) => s.startsWith("[..."))) continue;
        const source = fs.readFileSync(full, "utf8");
        const methods = [...source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
        found.push({ file: path.relative(path.resolve(API_DIR, "../../.."), full), segments, methods });
      }
    }
  };
  walk(API_DIR);
  return found;
}
