import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { rawClient } from "@/db/raw";
import { departments, indicators, narratives } from "@/db/seed/data";
import { loadDemoProvince } from "@/db/seed/load-demo";

/**
 * The demo narratives are the seeds' own words (they are real documents): every sentence and
 * every clause after ";" is found in the seed file it names, as written there (only its first
 * letter may be raised to a capital, where a clause of the seed starts a sentence).
 */
const SEEDS_DIR = path.resolve(__dirname, "../../../../shared/seeds");
const seedsDir = [SEEDS_DIR, "/work/shared/seeds"].find((dir) => {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
});
/** The seed's text with its lines joined and footnote marks dropped ("đề ra¹¹." → "đề ra."). */
const normalise = (text: string) => text.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, "").replace(/\s+/g, " ");
const seedText = new Map<string, string>();
if (seedsDir)
  for (const file of readdirSync(seedsDir))
    seedText.set(file.slice(0, 3), normalise(readFileSync(path.join(seedsDir, file), "utf8")));

/** Sentences and clauses after ";", without their closing mark. */
const clauses = (text: string) =>
  text
    .split(/(?<=[.;])\s+(?=\S)/)
    .map((c) => c.replace(/[.;]$/, "").trim())
    .filter((c) => c.length > 0);
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);

const texts = narratives.flatMap((n) =>
  (["highlights", "difficulties", "tasks"] as const)
    .filter((kind) => n[kind] !== "")
    .map((kind) => ({ name: `${n.department} ${n.month}/${n.year} ${kind}`, n, text: n[kind] })),
);

describe("demo narratives", () => {
  it.skipIf(!seedsDir)("find every sentence in the seeds they name", () => {
    for (const { name, n, text } of texts) {
      const sources = n.source.split(/,\s*/).map((s) => seedText.get(s));
      expect(
        sources.every((s) => s !== undefined),
        `${name}: source ${n.source}`,
      ).toBe(true);
      for (const clause of clauses(text)) {
        const found = sources.some((seed) => seed!.includes(clause) || seed!.includes(lowerFirst(clause)));
        expect(found, `${name}: "${clause}"`).toBe(true);
      }
    }
  });

  it("are written for the months that close the 6-month 2023, 9-month 2024 and 2024 reports, one per department and month", () => {
    expect([...new Set(narratives.map((n) => `${n.year}-${n.month}`))].sort()).toEqual(["2023-6", "2024-12", "2024-9"]);
    const keys = narratives.map((n) => `${n.department}:${n.year}:${n.month}`);
    expect(new Set(keys).size).toBe(keys.length);
    const known = new Set(departments.map((d) => d.code));
    for (const n of narratives) {
      expect(known.has(n.department), n.department).toBe(true);
      expect(n.highlights + n.difficulties + n.tasks, `${n.department} ${n.month}/${n.year}`).not.toBe("");
    }
  });

  it("give each report period difficulties and tasks", () => {
    for (const [year, month] of [
      [2023, 6],
      [2024, 9],
      [2024, 12],
    ]) {
      const ofMonth = narratives.filter((n) => n.year === year && n.month === month);
      expect(ofMonth.filter((n) => n.difficulties !== "").length, `${month}/${year}`).toBeGreaterThan(0);
      expect(ofMonth.filter((n) => n.tasks !== "").length, `${month}/${year}`).toBeGreaterThan(0);
    }
  });

  it("attribute highlights to a department with indicators, so that they follow its figures", () => {
    const withIndicators = new Set(indicators.map((i) => i.department));
    for (const n of narratives.filter((x) => x.highlights !== ""))
      expect(withIndicators.has(n.department), n.department).toBe(true);
  });
});

describe("demo narratives in the database", () => {
  let db: Db;
  beforeAll(() => {
    db = openDatabase(":memory:").db;
    migrateDatabase(db);
    loadDemoProvince(db);
  });

  it("are stored per department and month, written by the department's officer", () => {
    const rows = rawClient(db)
      .prepare(
        "SELECT d.code AS department, n.year, n.month, n.highlights, n.version, u.username FROM narratives n JOIN departments d ON d.id = n.department_id JOIN users u ON u.id = n.updated_by",
      )
      .all() as {
      department: string;
      year: number;
      month: number;
      highlights: string;
      version: number;
      username: string;
    }[];
    expect(rows).toHaveLength(narratives.length);
    for (const row of rows) {
      expect(row.username).toBe(`${row.department}.canbo`);
      expect(row.version).toBe(1);
      const seed = narratives.find(
        (n) => n.department === row.department && n.year === row.year && n.month === row.month,
      )!;
      expect(row.highlights).toBe(seed.highlights);
    }
  });
});
