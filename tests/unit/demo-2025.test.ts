import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { figure2025, loadReorganisation2025 } from "@/db/seed/load-2025";
import { MERGERS_2025, WARDS_2025 } from "@/db/seed/data/reorganisation-2025";
import { provinceReport } from "@/lib/reports/province-report";
import { toScaled } from "@/lib/numbers";
import { generateDraft } from "@/lib/draft/generate";
import { paragraphText } from "@/lib/draft/model";
import { predecessorsFrom } from "@/lib/units/predecessors";
import { unitReport } from "@/lib/units/unit-report";
import { writeTransaction } from "@/db/write";
import { ensureSubmission } from "@/lib/entry/submission-row";

/**
 * The demo's plan year 2025 (db/seed/load-2025.ts): the merged departments, the wards of the
 * former city, the plan copied from 2024 and January to September entered, illustrative
 * figures of 2024 grown by 8%. A merged department's 9-month report compares each of its
 * indicators with what its predecessors reported for the same period of 2024.
 */

let db: Db;
let sqlite: Database.Database;

beforeAll(() => {
  ({ db, sqlite } = openDatabase(":memory:"));
  migrateDatabase(db);
  loadDemoProvince(db);
  loadReorganisation2025(db);
});

const idOf = (code: string) =>
  (sqlite.prepare("select id from departments where code = ?").get(code) as { id: number }).id;
const assignedCodes = (department: string, year: number) =>
  (
    sqlite
      .prepare(
        "select i.code from indicator_assignments a join indicators i on i.id = a.indicator_id join departments d on d.id = a.department_id where d.code = ? and a.year = ? order by i.code",
      )
      .all(department, year) as { code: string }[]
  ).map((r) => r.code);

describe("the figures of 2025", () => {
  it("grow amounts and counts by 8% at the indicator's precision, and keep percentages", () => {
    expect(figure2025(toScaled(1000), "tỷ đồng", 1)).toBe(toScaled(1080));
    expect(figure2025(toScaled(2285.4), "triệu USD", 1)).toBe(toScaled(2468.2));
    expect(figure2025(toScaled(13), "xã", 0)).toBe(toScaled(14));
    expect(figure2025(toScaled(7.22), "%", 2)).toBe(toScaled(7.22));
  });
});

describe("the demo's plan year 2025", () => {
  it("is open, with the 2024 plan's indicators and targets", () => {
    const plan = sqlite.prepare("select status from plan_years where year = 2025").get() as { status: string };
    expect(plan.status).toBe("open");
    // rows of the province's own indicators (not the units' shares) in a year's plan
    const provinceRows = (table: "indicator_assignments" | "targets", year: number) =>
      (
        sqlite
          .prepare(
            `select count(*) as n from ${table} r join indicators i on i.id = r.indicator_id where r.year = ? and i.share_of_id is null`,
          )
          .get(year) as { n: number }
      ).n;
    expect(provinceRows("indicator_assignments", 2025)).toBe(provinceRows("indicator_assignments", 2024));
    expect(provinceRows("targets", 2025)).toBe(provinceRows("targets", 2024));
  });

  it("gives a merged department's indicators to the department it merged into from 2025, and leaves 2024 alone", () => {
    for (const [from, into] of MERGERS_2025) {
      const before = assignedCodes(from, 2024);
      expect(before.length, from).toBeGreaterThan(0);
      expect(assignedCodes(from, 2025), from).toEqual([]);
      expect(assignedCodes(into, 2025), from).toEqual(expect.arrayContaining(before));
      const unit = sqlite.prepare("select valid_to as validTo from departments where code = ?").get(from) as {
        validTo: number;
      };
      expect(unit.validTo, from).toBe(2024);
    }
    const snnmt = assignedCodes("snnmt", 2025);
    expect(snnmt).toEqual([...assignedCodes("snn", 2024), ...assignedCodes("stnmt", 2024)].sort());
  });

  it("declares the successions: each merger, and the wards of the former city", () => {
    const predecessorsOf = (code: string) =>
      (
        sqlite
          .prepare(
            "select p.code from department_successions s join departments p on p.id = s.predecessor_id where s.successor_id = ? and s.from_year = 2025 order by p.code",
          )
          .all(idOf(code)) as { code: string }[]
      ).map((r) => r.code);
    expect(predecessorsOf("snnmt")).toEqual(["snn", "stnmt"]);
    expect(predecessorsOf("stc")).toEqual(["skhdt"]);
    for (const ward of WARDS_2025) expect(predecessorsOf(ward.code)).toEqual(["h.tp_lang_son"]);
    // as the pages name them: from 2025 only
    expect(predecessorsFrom(db, idOf("snnmt"), 2025).map((p) => p.name)).toEqual([
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Tài nguyên và Môi trường",
    ]);
    expect(predecessorsFrom(db, idOf("snnmt"), 2026)).toEqual([]);
    expect(predecessorsFrom(db, idOf("sct"), 2025)).toEqual([]);
    const users = sqlite.prepare("select role from users where username like 'snnmt.%' order by role").all();
    expect(users).toEqual([{ role: "dept_head" }, { role: "officer" }]);
  });

  it("has January to September entered and approved by the departments of 2025", () => {
    const states = sqlite
      .prepare(
        "select min(s.month) as first, max(s.month) as last, count(distinct s.department_id) as units from submissions s where s.year = 2025 and s.state = 'approved'",
      )
      .get() as { first: number; last: number; units: number };
    expect(states).toMatchObject({ first: 1, last: 9 });
    const merged = sqlite
      .prepare("select count(*) as n from submissions where year = 2025 and department_id = ?")
      .get(idOf("skhdt")) as { n: number };
    expect(merged.n).toBe(0);
  });

  it("compares the merged department's 9-month figures with its predecessors' 9 months of 2024", () => {
    const report2025 = provinceReport(db, { year: 2025, period: "9T", departmentId: idOf("snnmt") });
    const report2024 = provinceReport(db, { year: 2024, period: "9T" });
    const codes = new Set([...assignedCodes("snn", 2024), ...assignedCodes("stnmt", 2024)]);
    expect(report2025.map((r) => r.indicator.code).sort()).toEqual([...codes].sort());
    const compared = report2025.filter((r) => r.value !== null && r.lastYearValue !== null);
    expect(compared.length).toBeGreaterThan(3);
    for (const row of compared) {
      const lastYear = report2024.find((r) => r.indicator.code === row.indicator.code)!;
      expect(row.lastYearValue, row.indicator.code).toBe(lastYear.value);
      // each month grown and rounded: the period's figure is 2024's grown by 8%, to rounding
      if (row.indicator.unit.startsWith("%")) expect(row.value, row.indicator.code).toBe(lastYear.value);
      else expect(row.value! / lastYear.value!, row.indicator.code).toBeCloseTo(1.08, 1);
    }
    const grown = compared.find((r) => r.indicator.kind === "cumulative")!;
    expect(grown.changePct).toBeCloseTo(8, 0);
  });

  it("words the merged department's 9-month draft against the same period of 2024", () => {
    const draft = generateDraft(db, { year: 2025, period: "9T", departmentId: idOf("snnmt") });
    const text = draft.blocks.map((b) => (b.type === "paragraph" ? paragraphText(b) : "")).join("\n");
    expect(text).toMatch(/tăng 8(,0)?% so với cùng kỳ/);
  });
});

describe("2025's local governments: the districts to June, the communes and wards from July", () => {
  const months = (code: string) =>
    sqlite
      .prepare(
        "select valid_from as validFrom, valid_to as validTo, valid_from_month as fromMonth, valid_to_month as toMonth from departments where code = ?",
      )
      .get(code);

  it("ends the districts with June 2025 and starts the wards in July", () => {
    expect(months("h.van_quan")).toEqual({ validFrom: 2022, validTo: 2025, fromMonth: 1, toMonth: 6 });
    expect(months("p.tam_thanh")).toEqual({ validFrom: 2025, validTo: null, fromMonth: 7, toMonth: 12 });
    const kinds = sqlite
      .prepare(
        "select i.code, group_concat(u.unit_kind) as kinds from unit_reporting u join indicators i on i.id = u.indicator_id where u.year = 2025 group by i.code order by i.code",
      )
      .all();
    expect(kinds).toEqual(
      ["dtc.giai_ngan", "nn.xa_ntm", "thu_ns"].map((code) => ({
        code,
        kinds: expect.stringMatching(/commune.*district|district.*commune/),
      })),
    );
  });

  it("ranks the districts for 6 tháng, their sum equal to the province's figure, and the wards for 9 tháng", () => {
    const half = unitReport(db, { code: "dtc.giai_ngan", year: 2025, period: "6T" })!;
    expect(half.unitKind).toBe("district");
    expect(half.units).toHaveLength(11);
    expect(half.units.every((u) => u.value !== null && u.pctOfPlan !== null)).toBe(true);
    expect(half.gap).toBeNull();
    const province = provinceReport(db, { year: 2025, period: "6T" }).find(
      (r) => r.indicator.code === "dtc.giai_ngan",
    )!;
    expect(half.units.reduce((sum, u) => sum + toScaled(u.value!), 0)).toBe(toScaled(province.value!));

    const nine = unitReport(db, { code: "dtc.giai_ngan", year: 2025, period: "9T" })!;
    expect(nine.unitKind).toBe("commune");
    expect(nine.units.map((u) => u.unit).sort()).toEqual(WARDS_2025.map((w) => w.code).sort());
    // the wards have entered nothing yet: no gap is flagged against a sum still missing
    expect(nine.units.every((u) => u.value === null)).toBe(true);
    expect(nine.gap).toBeNull();
  });

  it("refuses a district's month after June and a ward's before July; a ward's July is open", () => {
    const open = (code: string, month: number) =>
      writeTransaction(db, (tx) => ensureSubmission(tx, idOf(code), 2025, month).state);
    expect(() => open("h.van_quan", 7)).toThrow(
      "Huyện Văn Quan chỉ báo cáo từ tháng 1 đến tháng 6/2025, không báo cáo tháng 7/2025",
    );
    expect(() => open("p.tam_thanh", 6)).toThrow(
      "Phường Tam Thanh chỉ báo cáo từ tháng 7 đến tháng 12/2025, không báo cáo tháng 6/2025",
    );
    expect(open("h.van_quan", 6)).toBe("approved");
    expect(open("p.tam_thanh", 7)).toBe("draft");
  });
});

describe("a ward formed in July 2025, once it has entered its months", () => {
  it("ranks on its July-to-September figure against the former city's July to September 2024", () => {
    const ward = idOf("p.tam_thanh");
    const share = (
      sqlite.prepare("select id from indicators where code = ?").get("dtc.giai_ngan@p.tam_thanh") as {
        id: number;
      }
    ).id;
    const value = sqlite.prepare(
      "insert into indicator_values (indicator_id, year, period, month, department_id, value, status) values (?, 2025, ?, ?, ?, ?, 'estimate')",
    );
    const approve = sqlite.prepare(
      "insert into submissions (department_id, year, month, state) values (?, 2025, ?, 'approved') on conflict (department_id, year, month) do update set state = 'approved'",
    );
    for (const [month, figure] of [
      [7, 1],
      [8, 2],
      [9, 3],
    ]) {
      value.run(share, `T0${month}`, month, ward, toScaled(figure));
      approve.run(ward, month);
    }
    const nine = unitReport(db, { code: "dtc.giai_ngan", year: 2025, period: "9T" })!;
    const line = nine.units.find((u) => u.unit === "p.tam_thanh")!;
    expect(line.value).toBe(6);
    const city = unitReport(db, { code: "dtc.giai_ngan", year: 2024, period: "9T" })!.units.find(
      (u) => u.unit === "h.tp_lang_son",
    )!;
    const cityHalf = unitReport(db, { code: "dtc.giai_ngan", year: 2024, period: "6T" })!.units.find(
      (u) => u.unit === "h.tp_lang_son",
    )!;
    // the same months of 2024, from the city it carries on: 9 months less the first 6
    expect(toScaled(line.lastYearValue!)).toBe(toScaled(city.value!) - toScaled(cityHalf.value!));
    expect(line.lastYearFrom).toEqual({ kind: "predecessors", units: ["h.tp_lang_son"] });
  });
});
