// Decides whether the production build in .next is up to date with the sources.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const INPUTS = [
  "app",
  "lib",
  "db",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
  "package.json",
  "tsconfig.json",
  "postcss.config.mjs",
];
const STAMP = path.join(ROOT, ".next", "chi-tieu-build.sha1");
const SKIP = new Set(["node_modules", ".next", "migrations"]);

function walk(entry, files) {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isFile()) {
    if (!/\.test\.tsx?$/.test(entry)) files.push(entry);
    return;
  }
  for (const name of fs.readdirSync(full).sort()) {
    if (!SKIP.has(name)) walk(path.join(entry, name), files);
  }
}

export function sourceFingerprint() {
  const files = [];
  for (const input of INPUTS) walk(input, files);
  const hash = crypto.createHash("sha1");
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest("hex");
}

export function buildIsFresh(fingerprint = sourceFingerprint()) {
  return (
    fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, "utf8") === fingerprint
  );
}

export function recordBuild(fingerprint) {
  fs.writeFileSync(STAMP, fingerprint);
}
