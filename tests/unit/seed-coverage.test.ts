import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { parseCsvWithHeader } from "@/db/seed/csv";
import { coverage } from "@/db/seed/data";
import { loadDemoProvince } from "@/db/seed/load-demo";
import {
  changePattern,
  countSeedCoverage,
  draftsFor,
  rowPeriod,
  seedFigureRow,
  statedIn,
  valuePattern,
  type DraftKey,
  type DraftParagraph,
  type SeedFigureRow,
} from "@/db/seed/seed-coverage";
import { generateDraft } from "@/lib/draft/generate";
import { paragraphText } from "@/lib/draft/model";

/** The measurement behind `npm run seed-coverage`: which seed figures a draft states exactly. */

const row = (fields: Partial<SeedFigureRow>): SeedFigureRow => ({
  line: 2,
  seedFile: "000",
  year: 2023,
  period: "6T",
  unit: "ha",
  value: "48232",
  pctOfPlan: "",
  pctVsBase: "",
  ...fields,
});
const para = (text: string, origin = "indicator"): DraftParagraph => ({ text, origin });

describe("a figure as the province writes it", () => {
  it("finds the value with its unit, not inside a longer number", () => {
    expect(valuePattern(row({})).test("Tổng diện tích gieo trồng 48.232 ha, đạt 98,4% kế hoạch")).toBe(true);
    expect(valuePattern(row({})).test("Tổng diện tích gieo trồng 148.232 ha")).toBe(false);
    expect(valuePattern(row({})).test("Tổng diện tích gieo trồng 48.232 tấn")).toBe(false);
  });

  it("reads a count below ten with the house style's leading zero, and a rank before its number", () => {
    expect(
      valuePattern(row({ unit: "Trung tâm Y tế", value: "3" })).test("nâng cấp 03 Trung tâm Y tế tuyến huyện"),
    ).toBe(true);
    expect(valuePattern(row({ unit: "Trung tâm Y tế", value: "3" })).test("nâng cấp 13 Trung tâm Y tế")).toBe(false);
    expect(valuePattern(row({ unit: "thứ hạng/63 tỉnh, thành", value: "15" })).test("xếp thứ 15/63 tỉnh, thành")).toBe(
      true,
    );
  });

  it("writes decimals at the seed's precision, and finds both ends of a range", () => {
    expect(valuePattern(row({ unit: "tỷ đồng", value: "1018.2" })).test("Doanh thu vận tải 1.018,2 tỷ đồng")).toBe(
      true,
    );
    expect(valuePattern(row({ unit: "tỷ đồng", value: "1018.2" })).test("Doanh thu vận tải 1.018,25 tỷ đồng")).toBe(
      false,
    );
    expect(valuePattern(row({ unit: "%", value: "7" })).test("Kế hoạch năm 2024 tăng 7-7,5%")).toBe(true);
    expect(valuePattern(row({ unit: "%", value: "7.5" })).test("Kế hoạch năm 2024 tăng 7-7,5%")).toBe(true);
    expect(valuePattern(row({ unit: "%", value: "5.2" })).test("tăng 15,2%")).toBe(false);
  });

  it("takes a change as a rise, a fall, a ratio or points", () => {
    expect(changePattern("-0.4").test("bằng 99,6% cùng kỳ")).toBe(true);
    expect(changePattern("-0.4").test("giảm 0,4%")).toBe(true);
    expect(changePattern("-0.16").test("thấp hơn 0,16 điểm phần trăm")).toBe(true);
    expect(changePattern("14").test("tăng 14% so với cùng kỳ")).toBe(true);
    expect(changePattern("14").test("tăng 14,5%")).toBe(false);
  });
});

describe("stated in a draft", () => {
  const kimNgach = row({ unit: "triệu USD", value: "2285", pctOfPlan: "60.1", pctVsBase: "101.1" });

  it("needs the % of plan and the change in the value's sentence", () => {
    expect(
      statedIn(kimNgach, [
        para("Tổng kim ngạch ước đạt 2.285 triệu USD, đạt 60,1% kế hoạch, tăng 101,1% so với cùng kỳ."),
      ]),
    ).toBe("indicator");
    expect(
      statedIn(kimNgach, [para("Tổng kim ngạch ước đạt 2.285 triệu USD, đạt 60,1% kế hoạch. Xuất khẩu tăng 101,1%.")]),
    ).toBeNull();
    expect(
      statedIn(kimNgach, [para("Tổng kim ngạch ước đạt 2.285 triệu USD, đạt 60,2% kế hoạch, tăng 101,1%.")]),
    ).toBeNull();
  });

  it("says where it is stated: an indicator sentence, a narrative, a result item", () => {
    const rank = row({ unit: "thứ hạng/63 tỉnh, thành", value: "15" });
    expect(
      statedIn(rank, [para("Doanh thu 15 tỷ đồng."), para("PCI năm 2022 xếp thứ 15/63 tỉnh, thành.", "narrative")]),
    ).toBe("narrative");
  });

  it("matches a row with the seed's report and the period of its own figure", () => {
    expect(rowPeriod({ year: 2023, period: "AT:2023-06-30" })).toEqual({ year: 2023, period: "6T" });
    expect(rowPeriod({ year: 2023, period: "4T" })).toEqual({ year: 2023, period: "T04" });
    expect(rowPeriod({ year: 2025, period: "N" })).toBeNull();
    expect(draftsFor(row({ seedFile: "000", year: 2022, period: "N" }))).toEqual([
      { year: 2023, period: "6T" },
      { year: 2022, period: "N" },
    ]);
    expect(draftsFor(row({ seedFile: "003", year: 2025, period: "N" }))).toEqual([{ year: 2024, period: "N" }]);
  });

  it("counts per seed file", () => {
    const rows = [
      kimNgach,
      row({ line: 3, value: "48232" }),
      row({ line: 64, seedFile: "001", year: 2022, period: "Q1", value: "30739" }),
    ];
    const counts = countSeedCoverage(rows, (key: DraftKey) =>
      key.period === "6T" ? [para("Tổng diện tích gieo trồng 48.232 ha.")] : [],
    );
    expect(counts).toEqual([
      {
        seedFile: "000",
        stated: 1,
        total: 2,
        byOrigin: { indicator: 1 },
        linesByOrigin: { indicator: [3] },
        missing: [2],
      },
      { seedFile: "001", stated: 0, total: 1, byOrigin: {}, linesByOrigin: {}, missing: [64] },
    ]);
  });
});

describe("the measurement on the demo", () => {
  it("counts every line the golden tests cover in the 6-month 2023 and 9-month 2024 drafts as stated", () => {
    const { db } = openDatabase(":memory:");
    migrateDatabase(db);
    loadDemoProvince(db);
    const rows = parseCsvWithHeader(readFileSync(path.resolve(__dirname, "../../db/seed/seed-figures.csv"), "utf8"))
      .map(({ line, row: r }) => seedFigureRow(line, r))
      .filter((r) => r.seedFile === "000" || r.seedFile === "002");
    const drafts = new Map<string, DraftParagraph[]>();
    const paragraphsOf = (key: DraftKey) => {
      const id = `${key.year}/${key.period}`;
      if (!drafts.has(id))
        drafts.set(
          id,
          generateDraft(db, { ...key, counting: "approved" }).blocks.flatMap((b) =>
            b.type === "paragraph" ? [para(paragraphText(b), b.origin)] : [],
          ),
        );
      return drafts.get(id)!;
    };
    const missing = countSeedCoverage(rows, paragraphsOf).flatMap((c) => c.missing);
    const covered = coverage.filter((c) => "indicator" in c && rows.some((r) => r.line === c.line)).map((c) => c.line);
    expect(covered.length).toBeGreaterThan(60);
    expect(covered.filter((line) => missing.includes(line))).toEqual([]);
  });
});
