import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_PHRASES } from "@/lib/audit/phrases";
import { WORKFLOW_ACTIONS } from "@/lib/workflow/transitions";

/**
 * Every audit action the code writes has a sentence on /admin/audit (lib/audit/phrases): this
 * reads every call that writes an audit entry (writeAudit, insertAudit, an insert into
 * auditLog) in the source tree, tests excepted, and fails for an action without a phrase
 * builder, and for a builder of an action nothing writes any more.
 */

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["lib", "db", "app", "cli", "scripts"];
const WRITERS = /\b(writeAudit|insertAudit)\(|\.insert\(auditLog\)/g;
/** Files that pass an entry through without naming its action. */
const PASS_THROUGH = ["lib/audit/write.ts"];
/** Actions built at run time, by the expression the call writes. */
const DYNAMIC: Record<string, string[]> = {
  "`submission_${action}`": WORKFLOW_ACTIONS.map((a) => `submission_${a}`),
};

function sourceFiles(rel: string): string[] {
  if (!fs.existsSync(path.join(ROOT, rel))) return [];
  return fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true }).flatMap((entry) => {
    const child = `${rel}/${entry.name}`;
    if (entry.isDirectory()) return ["node_modules", "migrations"].includes(entry.name) ? [] : sourceFiles(child);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [child] : [];
  });
}

/** The text of the call whose "(" is at `open`, up to its matching ")". */
function callText(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === "(") depth += 1;
    if (source[i] === ")" && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

interface Site {
  file: string;
  expression: string | null;
}

function auditSites(): Site[] {
  return SOURCE_DIRS.flatMap(sourceFiles).flatMap((file) => {
    const source = fs.readFileSync(path.join(ROOT, file), "utf8");
    return [...source.matchAll(WRITERS)]
      .filter((m) => !/function\s+$/.test(source.slice(Math.max(0, m.index - 20), m.index)))
      .map((m) => {
        // an insert into auditLog names its values in the .values(...) that follows
        const open = m[0].startsWith(".insert")
          ? source.indexOf("(", source.indexOf(".values", m.index))
          : m.index + m[0].length - 1;
        const action = /\baction:\s*([^,\n]+)/.exec(callText(source, open));
        return { file, expression: action ? action[1].trim() : null };
      });
  });
}

function actionsOf(site: Site): string[] {
  if (site.expression === null) {
    if (PASS_THROUGH.includes(site.file)) return [];
    throw new Error(`${site.file}: an audit entry without an "action:" in the call`);
  }
  if (site.expression in DYNAMIC) return DYNAMIC[site.expression];
  const literals = [...site.expression.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  if (literals.length === 0 || /[`$]/.test(site.expression))
    throw new Error(`${site.file}: action ${site.expression} is not a literal; list what it can be in DYNAMIC`);
  return literals;
}

describe("every audit action has a sentence", () => {
  const sites = auditSites();
  const written = new Set(sites.flatMap(actionsOf));

  it("finds the audit writers of the code", () => {
    expect(sites.length).toBeGreaterThan(30);
    for (const action of ["login", "login_failed", "values_save", "submission_submit", "draft_finalize", "seed_demo"])
      expect(written, action).toContain(action);
  });

  it("has a phrase builder for every action the code writes", () => {
    const missing = [...written].filter((a) => !(a in AUDIT_PHRASES)).sort();
    expect(missing, `add a phrase to lib/audit/phrases for: ${missing.join(", ")}`).toEqual([]);
  });

  it("has no phrase for an action nothing writes", () => {
    expect(Object.keys(AUDIT_PHRASES).filter((a) => !written.has(a))).toEqual([]);
  });
});
