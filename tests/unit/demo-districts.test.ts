import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { migrateDatabase, openDatabase } from "@/db/client";
import { DEMO_YEARS, demoSubmissionState, loadDemoProvince } from "@/db/seed/load-demo";
import { DISBURSEMENT_PACE_2024, DISTRICT_INDICATORS, districts, LAGGING_DISTRICTS } from "@/db/seed/data/districts";
import { apportion, apportionCounts } from "@/db/seed/district-shares";
import { periodValue, type EntryMap, type IndicatorKind, type ValueStatus } from "@/lib/rollup";
import { MONTH_PERIODS, type PeriodCode } from "@/lib/periods";
import { shareCode } from "@/lib/units/declare-reporting";
import { sumShareEntries } from "@/lib/units/share-sum";

let sqlite: Database.Database;

beforeAll(() => {
  let db;
  ({ db, sqlite } = openDatabase(":memory:"));
  migrateDatabase(db);
  loadDemoProvince(db);
});

const CONTRACT: [string, string][] = [
  ["h.tp_lang_son", "Thành phố Lạng Sơn"],
  ["h.trang_dinh", "Huyện Tràng Định"],
  ["h.van_lang", "Huyện Văn Lãng"],
  ["h.van_quan", "Huyện Văn Quan"],
  ["h.binh_gia", "Huyện Bình Gia"],
  ["h.bac_son", "Huyện Bắc Sơn"],
  ["h.huu_lung", "Huyện Hữu Lũng"],
  ["h.chi_lang", "Huyện Chi Lăng"],
  ["h.cao_loc", "Huyện Cao Lộc"],
  ["h.loc_binh", "Huyện Lộc Bình"],
  ["h.dinh_lap", "Huyện Đình Lập"],
];
const CODES = CONTRACT.map(([code]) => code);

interface ValueRow {
  code: string;
  year: number;
  period: PeriodCode;
  value: number;
  status: ValueStatus;
  derived: number;
}

/** Every value of an indicator's province figure and of its districts' shares, by code. */
function valuesOf(indicator: string): Map<string, ValueRow[]> {
  const rows = sqlite
    .prepare(
      `select i.code, v.year, v.period, v.value, v.status, v.derived
       from indicator_values v join indicators i on i.id = v.indicator_id
       where i.code = ? or i.code like ? escape '\\'`,
    )
    .all(indicator, `${indicator.replace(/_/g, "\\_")}@%`) as ValueRow[];
  const byCode = new Map<string, ValueRow[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  return byCode;
}

const entryMap = (rows: ValueRow[], year: number): EntryMap =>
  Object.fromEntries(
    rows.filter((r) => r.year === year).map((r) => [r.period, { period: r.period, value: r.value, status: r.status }]),
  );

const hdndTarget = (code: string, year: number) =>
  (
    sqlite
      .prepare(
        `select t.value from targets t join indicators i on i.id = t.indicator_id
         where i.code = ? and t.year = ? and t.source = 'hdnd'`,
      )
      .get(code, year) as { value: number } | undefined
  )?.value;

const kindOf = (code: string) =>
  (sqlite.prepare("select kind from indicators where code = ?").get(code) as { kind: IndicatorKind }).kind;

describe("the demo's districts", () => {
  it("are the 11 districts of the demo contract, kind district, valid 2022-2025", () => {
    const rows = sqlite
      .prepare("select code, name, kind, valid_from, valid_to from departments where kind = 'district' order by id")
      .all();
    expect(rows).toEqual(
      CONTRACT.map(([code, name]) => ({ code, name, kind: "district", valid_from: 2022, valid_to: 2025 })),
    );
  });

  it("have an officer (<code>.canbo) and a head (<code>.lanhdao) each, bound to the district", () => {
    for (const code of CODES) {
      const rows = sqlite
        .prepare(
          `select u.username, u.role from users u join departments d on d.id = u.department_id
           where d.code = ? order by u.username`,
        )
        .all(code);
      expect(rows).toEqual([
        { username: `${code}.canbo`, role: "officer" },
        { username: `${code}.lanhdao`, role: "dept_head" },
      ]);
    }
  });

  it("each report disbursement, new-rural communes and budget revenue in every demo year, through a share of their own", () => {
    for (const year of DEMO_YEARS)
      for (const indicator of DISTRICT_INDICATORS) {
        const declared = sqlite
          .prepare(
            `select r.unit_kind from unit_reporting r join indicators i on i.id = r.indicator_id
             where i.code = ? and r.year = ?`,
          )
          .get(indicator, year);
        expect(declared).toEqual({ unit_kind: "district" });
        const assigned = sqlite
          .prepare(
            `select s.code, d.code as unit from indicators s
             join indicators p on p.id = s.share_of_id
             join indicator_assignments a on a.indicator_id = s.id and a.year = ?
             join departments d on d.id = a.department_id
             where p.code = ? order by s.code`,
          )
          .all(year, indicator) as { code: string; unit: string }[];
        expect(assigned).toEqual([...CODES].sort().map((unit) => ({ code: shareCode(indicator, unit), unit })));
      }
  });

  it("sum exactly to the province figure for every indicator, year and period the province has (and only those)", () => {
    for (const indicator of DISTRICT_INDICATORS) {
      const byCode = valuesOf(indicator);
      const kind = kindOf(indicator);
      for (const year of DEMO_YEARS) {
        const province = entryMap(byCode.get(indicator)!, year);
        const shares = CODES.map((unit) => ({
          entries: entryMap(byCode.get(shareCode(indicator, unit)) ?? [], year),
        }));
        for (const share of shares) expect(Object.keys(share.entries).sort()).toEqual(Object.keys(province).sort());
        expect(Object.keys(province).length).toBeGreaterThanOrEqual(12);
        // the periods entered (months, the whole-year estimate) and every period made of them
        expect(sumShareEntries(kind, shares)).toEqual(province);
        for (const period of ["Q1", "6T", "9T", "N", "Q4"] as PeriodCode[])
          expect(periodValue(kind, sumShareEntries(kind, shares), period)).toEqual(periodValue(kind, province, period));
      }
    }
  });

  it("are derived figures and targets, the province's own are left as they were", () => {
    for (const indicator of DISTRICT_INDICATORS) {
      for (const [code, rows] of valuesOf(indicator)) {
        if (code === indicator) continue;
        expect(rows.every((row) => row.derived === 1)).toBe(true);
      }
    }
    const targets = sqlite
      .prepare(
        `select count(*) as n, sum(t.derived) as derived from targets t
         join indicators i on i.id = t.indicator_id where i.share_of_id is not null`,
      )
      .get();
    expect(targets).toEqual({ n: DISTRICT_INDICATORS.length * DEMO_YEARS.length * CODES.length, derived: 99 });
  });

  it("have HĐND targets summing exactly to the province's target of each year", () => {
    for (const indicator of DISTRICT_INDICATORS)
      for (const year of DEMO_YEARS) {
        const province = hdndTarget(indicator, year);
        expect(province).toBeDefined();
        const parts = CODES.map((unit) => hdndTarget(shareCode(indicator, unit), year));
        expect(parts.every((part) => part !== undefined && part > 0)).toBe(true);
        expect(parts.reduce((sum, part) => sum! + part!, 0)).toBe(province);
      }
  });

  it("count whole communes, never fewer than the month before", () => {
    const byCode = valuesOf("nn.xa_ntm");
    for (const unit of CODES) {
      const rows = byCode
        .get(shareCode("nn.xa_ntm", unit))!
        .sort((a, b) => a.year - b.year || a.period.localeCompare(b.period));
      expect(rows).toHaveLength(36);
      rows.forEach((row, i) => {
        expect(row.value % 10_000).toBe(0);
        if (i > 0) expect(row.value).toBeGreaterThanOrEqual(rows[i - 1].value);
      });
    }
  });

  it("lag in disbursement at Đình Lập, Bình Gia and Văn Quan: below the province's % of plan every month of 2024 and at 9 months; the others at or above", () => {
    const byCode = valuesOf("dtc.giai_ngan");
    const kind = kindOf("dtc.giai_ngan");
    const ytd = (code: string, period: PeriodCode) =>
      periodValue(kind, entryMap(byCode.get(code)!, 2024), period).value!;
    const provinceTarget = hdndTarget("dtc.giai_ngan", 2024)!;
    for (const period of [...MONTH_PERIODS, "9T"] as PeriodCode[]) {
      const province = ytd("dtc.giai_ngan", period);
      for (const unit of CODES) {
        const code = shareCode("dtc.giai_ngan", unit);
        // unit % of plan vs the province's, cross-multiplied (exact integers)
        const unitSide = ytd(code, period) * provinceTarget;
        const provinceSide = province * hdndTarget(code, 2024)!;
        if ((LAGGING_DISTRICTS as readonly string[]).includes(unit))
          expect(unitSide, `${unit} ${period}`).toBeLessThan(provinceSide * 0.9);
        else expect(unitSide, `${unit} ${period}`).toBeGreaterThanOrEqual(provinceSide);
      }
    }
    expect(Object.keys(DISBURSEMENT_PACE_2024).sort()).toEqual([...CODES].sort());
  });

  it("trail in budget revenue only at Tràng Định and Bắc Sơn: below the province's % of plan every month of every year", () => {
    const byCode = valuesOf("thu_ns");
    const kind = kindOf("thu_ns");
    for (const year of DEMO_YEARS) {
      const ytd = (code: string, period: PeriodCode) =>
        periodValue(kind, entryMap(byCode.get(code)!, year), period).value!;
      const provinceTarget = hdndTarget("thu_ns", year)!;
      for (const period of MONTH_PERIODS) {
        const province = ytd("thu_ns", period);
        for (const unit of CODES) {
          const code = shareCode("thu_ns", unit);
          const unitSide = ytd(code, period) * provinceTarget;
          const provinceSide = province * hdndTarget(code, year)!;
          if (unit === "h.trang_dinh" || unit === "h.bac_son")
            expect(unitSide, `${unit} ${year} ${period}`).toBeLessThan(provinceSide);
          else expect(unitSide, `${unit} ${year} ${period}`).toBeGreaterThanOrEqual(provinceSide);
        }
      }
    }
  });

  it("follow the departments' workflow picture: every month approved but December 2024", () => {
    const rows = sqlite
      .prepare(
        `select d.code, s.year, s.month, s.state from submissions s join departments d on d.id = s.department_id
         where d.kind = 'district'`,
      )
      .all() as { code: string; year: number; month: number; state: string }[];
    expect(rows).toHaveLength(CODES.length * DEMO_YEARS.length * 12);
    for (const row of rows) expect(row.state).toBe(demoSubmissionState(row.code, row.year, row.month));
    const december = rows.filter((r) => r.year === 2024 && r.month === 12);
    expect(new Set(december.map((r) => r.state))).toEqual(new Set(["submitted", "draft", "returned"]));
    expect(december.find((r) => r.code === "h.huu_lung")!.state).toBe("draft");
  });
});

describe("splitting a figure by weights", () => {
  it("gives parts that sum to the total exactly, in whole steps, largest remainders first", () => {
    expect(apportion(100_000, [1, 1, 1], 1_000)).toEqual([34_000, 33_000, 33_000]);
    expect(apportion(0, [3, 2], 1_000)).toEqual([0, 0]);
    expect(apportion(70_000, [5, 2], 10_000)).toEqual([50_000, 20_000]);
    const parts = apportion(38_919_230, [14, 9, 9, 7, 7, 8, 11, 10, 12, 10, 6], 10);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(38_919_230);
    expect(parts.every((part) => part % 10 === 0)).toBe(true);
    expect(() => apportion(1_005, [1, 1], 10)).toThrow(/not a whole number/);
  });

  it("moves counts one at a time towards the weights, never down when the total grows", () => {
    const counts = apportionCounts([3, 4, 6, 5], [1, 1, 2]);
    expect(counts.map((c) => c.reduce((a, b) => a + b, 0))).toEqual([3, 4, 6, 5]);
    expect(counts).toEqual([
      [1, 1, 1],
      [1, 1, 2],
      [2, 1, 3],
      [1, 1, 3],
    ]);
  });
});

describe("the districts' data file", () => {
  it("names every district once with positive weights", () => {
    expect(districts.map((d) => d.code)).toEqual(CODES);
    for (const d of districts) expect(Math.min(...Object.values(d.weights))).toBeGreaterThan(0);
  });
});
