import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { departments, departmentSuccessions, targets } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { toScaled } from "@/lib/numbers";
import { createIndicator } from "@/lib/admin/create-indicator";
import { saveValues } from "@/lib/entry/save-values";
import { declareUnitReporting } from "@/lib/units/declare-reporting";
import { provinceGap, unitReport, unitReportedIndicators, yearsWithUnitReporting } from "@/lib/units/unit-report";
import { generateDraft } from "@/lib/draft/generate";
import { paragraphText } from "@/lib/draft/model";
import ExcelJS from "exceljs";
import { buildSummaryXlsx } from "@/lib/export/xlsx";
import { UNITS_SHEET } from "@/lib/export/units-xlsx";
import { TEST_META } from "./export-fixture";

/**
 * The units' ranking read from the database: shares' figures and targets, last year through
 * successions (a merger and a split), the months below the province average, and the gap
 * between a department's own province figure and the units' sum.
 */

let db: Db;
let sqlite: Database.Database;
const admin = { id: 1, role: "admin" as const };
const CODE = "hx.gn";
const ids: Record<string, number> = {};

// 2023: hx.n, and hx.p1, hx.p2 (merged into hx.m in 2024), hx.p3 (split into hx.s1 and hx.s2 in 2024)
const UNITS: [string, string, number, number | null][] = [
  ["hx.n", "Huyện Nà", 2023, null],
  ["hx.p1", "Huyện Pò Một", 2023, 2023],
  ["hx.p2", "Huyện Pò Hai", 2023, 2023],
  ["hx.p3", "Huyện Pò Ba", 2023, 2023],
  ["hx.m", "Huyện Hợp Nhất", 2024, null],
  ["hx.s1", "Huyện Tách Một", 2024, null],
  ["hx.s2", "Huyện Tách Hai", 2024, null],
];

/** Monthly (own-month) figures of T01..T03. */
function enter(unit: string, year: number, months: number[], indicator = `${CODE}@${unit}`) {
  months.forEach((value, i) =>
    writeTransaction(db, (tx) =>
      saveValues(
        tx,
        admin.id,
        { departmentId: ids[unit], year, month: i + 1 },
        {
          values: [{ indicator, period: `T0${i + 1}` as "T01", value: toScaled(value), status: "estimate" }],
          force: true,
        },
      ),
    ),
  );
}

const report = (period: "T02" | "T03" | "Q1" = "T03") =>
  unitReport(db, { code: CODE, year: 2024, period, counting: "all" })!;
const line = (unit: string) => report().units.find((u) => u.unit === unit)!;

beforeAll(() => {
  ({ db, sqlite } = openDatabase(":memory:"));
  migrateDatabase(db);
  loadDemoProvince(db);
  sqlite.prepare("update plan_years set status = 'open' where year = 2023").run();
  // the demo's own districts end before this test's years: its districts are the only ones reporting hx.gn
  sqlite.prepare("update departments set valid_to = 2022 where kind = 'district'").run();
  writeTransaction(db, (tx) => {
    // the department responsible for the province figure (the demo's have their 2024 months approved)
    ids["hx.so"] = tx
      .insert(departments)
      .values({ code: "hx.so", name: "Sở Thử", shortName: "hx.so", validFrom: 2023 })
      .returning()
      .get().id;
    for (const [code, name, validFrom, validTo] of UNITS)
      ids[code] = tx
        .insert(departments)
        .values({ code, name, shortName: code, kind: "district", validFrom, validTo })
        .returning()
        .get().id;
    tx.insert(departmentSuccessions)
      .values([
        { successorId: ids["hx.m"], predecessorId: ids["hx.p1"], fromYear: 2024 },
        { successorId: ids["hx.m"], predecessorId: ids["hx.p2"], fromYear: 2024 },
        { successorId: ids["hx.s1"], predecessorId: ids["hx.p3"], fromYear: 2024 },
        { successorId: ids["hx.s2"], predecessorId: ids["hx.p3"], fromYear: 2024 },
      ])
      .run();
    for (const year of [2023, 2024]) {
      createIndicator(tx, admin, {
        year,
        code: CODE,
        name: "Giải ngân vốn đầu tư công (thử)",
        unit: "tỷ đồng",
        kind: "cumulative",
        department: "hx.so",
      });
      declareUnitReporting(tx, admin, { code: CODE, year, kind: "district" });
    }
    for (const [unit, plan] of [
      ["hx.n", 100],
      ["hx.m", 100],
      ["hx.s1", 50],
      ["hx.s2", 50],
    ] as const) {
      const share = sqlite.prepare("select id from indicators where code = ?").get(`${CODE}@${unit}`) as {
        id: number;
      };
      tx.insert(targets)
        .values({ indicatorId: share.id, year: 2024, source: "hdnd", value: toScaled(plan) })
        .run();
    }
  });
  enter("hx.n", 2023, [10, 10, 10]);
  enter("hx.p1", 2023, [5, 5, 5]);
  enter("hx.p2", 2023, [5, 5, 5]);
  enter("hx.p3", 2023, [8, 8, 8]);
  enter("hx.n", 2024, [20, 20, 20]);
  enter("hx.m", 2024, [5, 5, 5]);
  enter("hx.s1", 2024, [10, 10, 10]);
  enter("hx.s2", 2024, [2, 2, 2]);
});

describe("the units' ranking of an indicator", () => {
  it("lists the indicators reported by units in the year, and nothing for an indicator that is not", () => {
    // the test's indicator, and the three the demo's districts report (db/seed/data/districts.ts)
    expect(unitReportedIndicators(db, 2024).map((r) => [r.indicator.code, r.unitKind])).toEqual([
      [CODE, "district"],
      ["nn.xa_ntm", "district"],
      ["dtc.giai_ngan", "district"],
      ["thu_ns", "district"],
    ]);
    expect(unitReport(db, { code: "hx.none", year: 2024, period: "T03" })).toBeNull();
    const provinceOnly = sqlite
      .prepare(
        "select i.code from indicators i join indicator_assignments a on a.indicator_id = i.id where a.year = 2024 and i.code <> ? and i.share_of_id is null limit 1",
      )
      .get(CODE) as { code: string };
    expect(unitReport(db, { code: provinceOnly.code, year: 2024, period: "T03" })).toBeNull();
    expect(unitReport(db, { code: `${CODE}@hx.n`, year: 2024, period: "T03" })).toBeNull();
  });

  it("offers the years that have a ranking, newest first, from a year that has none", () => {
    expect(unitReportedIndicators(db, 2031)).toEqual([]);
    expect(yearsWithUnitReporting(db, [2022, 2023, 2024, 2031])).toEqual([2024, 2023, 2022]);
    expect(yearsWithUnitReporting(db, [2031])).toEqual([]);
  });

  it("ranks this year's units by % of their own plan, ties sharing a rank, against the province's % of plan", () => {
    const r = report();
    expect(r.basis).toBe("plan");
    expect(r.units.map((u) => [u.unit, u.value, u.target, u.pctOfPlan, u.rank])).toEqual([
      ["hx.n", 60, 100, 60, 1],
      ["hx.s1", 30, 50, 60, 1],
      ["hx.m", 15, 100, 15, 3],
      ["hx.s2", 6, 50, 12, 4],
    ]);
    // (60 + 15 + 30 + 6) / (100 + 100 + 50 + 50)
    expect(r.average).toBeCloseTo(37, 10);
    expect(r.units[0]).toMatchObject({ name: "Huyện Nà", kind: "district", share: `${CODE}@hx.n` });
  });

  it("marks the units below the province average three months running, and not after two", () => {
    expect(report().units.map((u) => [u.unit, u.belowAverageMonths, u.lagging])).toEqual([
      ["hx.n", 0, false],
      ["hx.s1", 0, false],
      ["hx.m", 3, true],
      ["hx.s2", 3, true],
    ]);
    expect(report("T02").units.filter((u) => u.lagging)).toEqual([]);
    expect(report("T02").units.find((u) => u.unit === "hx.m")!.belowAverageMonths).toBe(2);
  });

  it("compares a unit with its own share last year", () => {
    expect(line("hx.n")).toMatchObject({ lastYearValue: 30, changePct: 100, lastYearFrom: { kind: "own" } });
  });

  it("compares a merged unit with the sum of its predecessors' figures last year", () => {
    expect(line("hx.m")).toMatchObject({
      lastYearValue: 30,
      changePct: -50,
      lastYearFrom: { kind: "predecessors", units: ["hx.p1", "hx.p2"] },
    });
  });

  it("compares each unit of a split with its predecessor's whole figure", () => {
    expect(line("hx.s1")).toMatchObject({ lastYearValue: 24, changePct: 25 });
    expect(line("hx.s2")).toMatchObject({ lastYearValue: 24, changePct: -75 });
    expect(line("hx.s2").lastYearFrom).toEqual({ kind: "predecessors", units: ["hx.p3"] });
  });

  it("flags no gap while no department enters the province figure, then the gap of the department's figure", () => {
    expect(report().gap).toBeNull();
    enter("hx.so", 2024, [40, 37, 37], CODE);
    expect(report().gap).toEqual({ provinceValue: 114, unitsSum: 111, difference: 3 });
    expect(report("T02").gap).toEqual({ provinceValue: 77, unitsSum: 74, difference: 3 });
    enter("hx.so", 2024, [37, 37, 37], CODE);
    expect(report().gap).toBeNull();
  });

  it("names the lagging localities in section II of the generated draft, and not in a department's own draft", () => {
    const sentence = (departmentId?: number) =>
      generateDraft(db, { year: 2024, period: "T03", counting: "all", departmentId })
        .blocks.filter((b) => b.type === "paragraph" && b.id === `ii:units:${CODE}`)
        .map((b) => (b.type === "paragraph" ? paragraphText(b) : ""));
    expect(sentence()).toEqual([
      "- Các địa phương có tỷ lệ giải ngân vốn đầu tư công thấp hơn bình quân chung của tỉnh 03 tháng liên tiếp: huyện Hợp Nhất, huyện Tách Hai.",
    ]);
    expect(sentence(ids["hx.so"])).toEqual([]);
  });

  it("adds the biểu 'Xếp hạng địa phương' to the report's workbook, only where units report", async () => {
    const sheetOf = async (draft: Parameters<typeof buildSummaryXlsx>[0]) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await buildSummaryXlsx(draft, TEST_META)) as unknown as ArrayBuffer);
      return workbook.getWorksheet(UNITS_SHEET);
    };
    const draft = generateDraft(db, { year: 2024, period: "T03", counting: "all" });
    expect(draft.units?.map((t) => t.indicator)).toEqual([CODE, "nn.xa_ntm", "dtc.giai_ngan", "thu_ns"]);
    const sheet = (await sheetOf(draft))!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const line = (name: string) => rows.find((r) => r[1] === name);
    expect(line("Huyện Nà")?.slice(0, 7)).toEqual([1, "Huyện Nà", 60, 100, 60, 100, 0]);
    expect(line("Huyện Tách Hai")).toEqual([4, "Huyện Tách Hai", 6, 50, 12, -75, 3, "Chậm 3 tháng liên tiếp"]);
    expect(
      rows.some((r) => String(r[0]).includes("Bình quân chung của tỉnh (các huyện, thành phố): đạt 37% kế hoạch")),
    ).toBe(true);
    expect(await sheetOf({ ...draft, units: undefined })).toBeUndefined();
  });

  it("flags no gap while a unit has not entered the period (the sum would be understated)", () => {
    const e = (value: number) => ({ T01: { period: "T01" as const, value, status: "estimate" as const } });
    const unit = (value?: number) => ({ entries: value === undefined ? {} : e(value) });
    expect(provinceGap("cumulative", e(100_000), [unit(50_000), unit()], "T01")).toBeNull();
    expect(provinceGap("cumulative", e(100_000), [unit(50_000), unit(40_000)], "T01")).toEqual({
      provinceValue: 10,
      unitsSum: 9,
      difference: 1,
    });
  });

  it("follows a unit's changed figure (the cached answer moves with the data)", () => {
    enter("hx.s2", 2024, [2, 2, 40]);
    const s2 = line("hx.s2");
    expect([s2.value, s2.rank, s2.belowAverageMonths]).toEqual([44, 1, 0]);
  });
});
