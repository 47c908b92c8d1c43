/**
 * `npm run seed-coverage` (tsx --conditions=react-server scripts/seed-coverage.ts [--verbose] [--counting=all|submitted|approved]):
 * loads the demo province into a database in memory, generates the drafts each seed file
 * matches (db/seed/seed-coverage.ts) and prints, per seed file, how many of its figures in
 * db/seed/seed-figures.csv those drafts state exactly, with where they are stated (indicator
 * sentence, narrative, result item) and, with --verbose, the lines that are not.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase } from "@/db/client";
import { parseCsvWithHeader } from "@/db/seed/csv";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { countSeedCoverage, seedFigureRow, type DraftKey, type DraftParagraph } from "@/db/seed/seed-coverage";
import { generateDraft } from "@/lib/draft/generate";
import { paragraphText } from "@/lib/draft/model";
import { isCountingMode, type CountingMode } from "@/db/schema/vocabulary";

const { values: args } = parseArgs({
  options: { verbose: { type: "boolean", default: false }, counting: { type: "string", default: "submitted" } },
});
if (!isCountingMode(args.counting)) throw new Error(`--counting: all, submitted or approved, not ${args.counting}`);
const counting: CountingMode = args.counting;

const csvPath = path.resolve(__dirname, "../db/seed/seed-figures.csv");
const rows = parseCsvWithHeader(readFileSync(csvPath, "utf8")).map(({ line, row }) => seedFigureRow(line, row));

const { db, sqlite } = openDatabase(":memory:");
migrateDatabase(db);
loadDemoProvince(db);

const drafts = new Map<string, DraftParagraph[]>();
const timings: string[] = [];
function paragraphsOf(key: DraftKey): DraftParagraph[] {
  const id = `${key.year}/${key.period}`;
  if (!drafts.has(id)) {
    const started = performance.now();
    const doc = generateDraft(db, { year: key.year, period: key.period, counting });
    timings.push(`${id} ${(performance.now() - started).toFixed(0)} ms`);
    drafts.set(
      id,
      doc.blocks.flatMap((b) => (b.type === "paragraph" ? [{ text: paragraphText(b), origin: b.origin }] : [])),
    );
  }
  return drafts.get(id)!;
}

const counts = countSeedCoverage(rows, paragraphsOf);
console.log(`Số liệu của các seed được dự thảo nêu đúng (counting=${counting}):`);
for (const c of counts) {
  const origins = Object.entries(c.byOrigin)
    .map(([origin, n]) => `${origin} ${n}`)
    .join(", ");
  console.log(`  ${c.seedFile}: ${c.stated}/${c.total}${origins ? ` (${origins})` : ""}`);
  if (!args.verbose) continue;
  for (const [origin, lines] of Object.entries(c.linesByOrigin))
    if (origin !== "indicator") console.log(`      nêu trong đoạn ${origin}: dòng ${lines.join(", ")}`);
  if (c.missing.length) console.log(`      chưa nêu: dòng ${c.missing.join(", ")}`);
}
console.log(`Thời gian tạo dự thảo (lần đầu): ${timings.join("; ")}`);
// the 9-month draft again, warm: the median of 5 runs
const runs = Array.from({ length: 5 }, () => {
  const started = performance.now();
  generateDraft(db, { year: 2024, period: "9T", counting });
  return performance.now() - started;
}).sort((a, b) => a - b);
console.log(
  `Dự thảo 9 tháng 2024: trung vị ${runs[2].toFixed(0)} ms (5 lần, từ ${runs[0].toFixed(0)} đến ${runs[4].toFixed(0)} ms)`,
);
sqlite.close();
