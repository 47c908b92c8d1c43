import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { departments, resultItems } from "@/db/schema";
import { coverage, results, type SeedCoverage } from "@/db/seed/data";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { generateDraft } from "@/lib/draft/generate";
import { draftToMarkdown } from "@/lib/draft/markdown";
import { paragraphText, type DraftDocument, type ParagraphBlock } from "@/lib/draft/model";
import { periodSpan, type ReportPeriod } from "@/lib/periods";
import { scaledFromDecimalString } from "@/lib/numbers/decimal";
import { figurePhrase, itemSentence } from "@/lib/results/text";
import { parseCsvWithHeader } from "@/db/seed/csv";

/**
 * Result items (kết quả, sự kiện) in the draft báo cáo: each in the reports of its year whose
 * period contains its date, in its section after the indicator sentences, linked to its
 * department and month; a zero figure never written; every seed figure a result item states
 * is in the draft of its report (seeds 000-004).
 */
let db: Db;
const drafts = new Map<string, DraftDocument>();
function draft(
  year: number,
  period: ReportPeriod,
  counting: "approved" | "submitted" | "all" = "submitted",
): DraftDocument {
  const key = `${year}:${period}:${counting}`;
  if (!drafts.has(key)) drafts.set(key, generateDraft(db, { year, period, counting }));
  return drafts.get(key)!;
}
const resultBlocks = (doc: DraftDocument) =>
  doc.blocks.filter((b): b is ParagraphBlock => b.type === "paragraph" && b.origin === "result");
const text = (doc: DraftDocument) => draftToMarkdown(doc);
const seedFigures = (r: (typeof results)[number]) =>
  r.figures.map((f) => ({ value: scaledFromDecimalString(f.value), unit: f.unit }));
const sentenceOf = (key: string) => {
  const r = results.find((x) => x.key === key)!;
  return itemSentence(r.text, seedFigures(r))!;
};

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
});

type StatedByResult = Extract<SeedCoverage, { result: string }>;
const csv = new Map(
  parseCsvWithHeader(readFileSync(path.resolve(__dirname, "../../db/seed/seed-figures.csv"), "utf8")).map((r) => [
    r.line,
    r.row,
  ]),
);
const stated = coverage.filter((c): c is StatedByResult => "result" in c);

describe("every seed figure a result item states is in the draft of its report", () => {
  it.each(
    stated.map((c) => ({
      name: `line ${c.line} (${csv.get(c.line)!.seed_file.slice(0, 3)}): ${c.result} in ${c.period} ${c.year}`,
      c,
    })),
  )("$name", ({ c }) => {
    const item = results.find((r) => r.key === c.result)!;
    const body = text(draft(c.year, c.period as ReportPeriod));
    expect(body).toContain(sentenceOf(c.result));
    expect(body).toContain(figurePhrase(seedFigures(item)[c.figure - 1]));
  });
});

// one report of each kind, in the year of a seed's items and in the year after them
const KINDS: { kind: string; periods: [number, ReportPeriod][] }[] = [
  {
    kind: "month",
    periods: [
      [2023, "T04"],
      [2023, "T06"],
      [2024, "T04"],
      [2024, "T10"],
    ],
  },
  {
    kind: "quarter",
    periods: [
      [2022, "Q1"],
      [2023, "Q2"],
      [2024, "Q1"],
      [2024, "Q3"],
    ],
  },
  {
    kind: "6 tháng",
    periods: [
      [2023, "6T"],
      [2024, "6T"],
    ],
  },
  {
    kind: "9 tháng",
    periods: [
      [2023, "9T"],
      [2024, "9T"],
    ],
  },
  {
    kind: "năm",
    periods: [
      [2022, "N"],
      [2023, "N"],
      [2024, "N"],
    ],
  },
];

describe.each(KINDS)("a $kind report", ({ periods }) => {
  it.each(periods)(
    "%i %s states only its own year's and months' result items, and never a zero count",
    (year, period) => {
      const doc = draft(year, period);
      const { start, end } = periodSpan(period);
      const first = period === "6T" || period === "9T" || period === "N" ? 1 : start;
      const dates = new Map(
        db
          .select()
          .from(resultItems)
          .all()
          .map((r) => [`r:${r.id}`, r.date]),
      );
      for (const block of resultBlocks(doc)) {
        const [y, m] = dates.get(block.id)!.split("-").map(Number);
        expect(y, block.id).toBe(year);
        expect(m >= first && m <= end, `${block.id} dated ${dates.get(block.id)} in ${period}`).toBe(true);
      }
      // every item of the period is there (none dropped for a zero figure in the demo)
      const expected = [...dates.entries()].filter(([, d]) => {
        const [y, m] = d.split("-").map(Number);
        return y === year && m >= first && m <= end;
      });
      expect(resultBlocks(doc).length).toBe(expected.length);
      // last year's one-off facts stay in last year's reports
      if (year === 2024) expect(text(doc)).not.toContain(sentenceOf("000.y_te"));
      if (year !== 2023) expect(text(doc)).not.toContain("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022");
      // no clause states a count of zero ("0 cụm công nghiệp", "nâng cấp 0 Trung tâm Y tế")
      for (const block of doc.blocks) {
        if (block.type !== "paragraph") continue;
        expect(paragraphText(block), block.id).not.toMatch(/(^|[^\d.,])0 (?!%)\p{L}/u);
      }
    },
  );
});

describe("a result item in the draft", () => {
  it("sits in its section after the indicator sentences, before the narratives, linked to its department and month", () => {
    const doc = draft(2023, "6T");
    const block = doc.blocks.find(
      (b) => b.type === "paragraph" && paragraphText(b).startsWith("Chỉ số năng lực cạnh tranh"),
    ) as ParagraphBlock;
    expect(block).toMatchObject({ origin: "result", department: "skhdt", section: "I.3.5" });
    const section = doc.blocks.filter((b) => b.section === "I.3.5");
    const lastIndicator = section.findLastIndex((b) => b.type === "paragraph" && b.origin === "indicator");
    expect(section.indexOf(block)).toBeGreaterThan(lastIndicator);
    const firstNarrative = section.findIndex((b) => b.type === "paragraph" && b.origin === "narrative");
    if (firstNarrative >= 0) expect(section.indexOf(block)).toBeLessThan(firstNarrative);
    expect(
      block.runs.every((r) => r.result?.department === "skhdt" && r.result.year === 2023 && r.result.month === 6) ||
        block.runs.at(-1)!.text === ".",
    ).toBe(true);
    const figureRun = block.runs.find((r) => r.result?.figure === 0)!;
    expect(figureRun).toMatchObject({ text: "21 bậc", result: { generated: "21 bậc" } });
  });

  it("follows the counting of the figures: a month not yet submitted does not count", () => {
    const stnmt = db.select().from(departments).where(eq(departments.code, "stnmt")).get()!.id;
    // December 2024 of stnmt is a draft in the demo
    db.insert(resultItems)
      .values({
        departmentId: stnmt,
        year: 2024,
        month: 12,
        date: "2024-12-05",
        sectionCode: "I.5",
        text: "Xử lý {1}[, thu gom thêm {2}]",
        figures: [
          { value: 40_000, unit: "điểm ô nhiễm" },
          { value: 0, unit: "tấn" },
        ],
      })
      .run();
    drafts.clear();
    const counted = (counting: "submitted" | "all") => resultBlocks(draft(2024, "N", counting)).map(paragraphText);
    expect(counted("submitted")).not.toContain("Xử lý 04 điểm ô nhiễm.");
    // and its zero figure's clause is left out
    expect(counted("all")).toContain("Xử lý 04 điểm ô nhiễm.");
    db.delete(resultItems).where(eq(resultItems.date, "2024-12-05")).run();
    drafts.clear();
  });

  it("is in a department's own view of the draft only for that department", () => {
    const snn = db.select().from(departments).where(eq(departments.code, "snn")).get()!.id;
    const own = generateDraft(db, { year: 2023, period: "6T", departmentId: snn });
    expect(resultBlocks(own).length).toBeGreaterThan(0);
    expect(resultBlocks(own).every((b) => b.department === "snn")).toBe(true);
  });
});
