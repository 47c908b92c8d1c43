import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { departments } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { createIndicator } from "@/lib/admin/create-indicator";
import { listIndicatorsForYear } from "@/lib/catalogue/queries";
import { saveValues } from "@/lib/entry/save-values";
import { computeReport, provinceReport } from "@/lib/reports/province-report";
import { declareUnitReporting } from "@/lib/units/declare-reporting";
import { withdrawUnitReporting } from "@/lib/units/withdraw-reporting";
import { dashboardModel } from "@/lib/reports/dashboard-model";

let db: Db;
let sqlite: Database.Database;
const admin = { id: 1, role: "admin" as const };
const YEAR = 2024;
const unitIds: Record<string, number> = {};

beforeAll(() => {
  ({ db, sqlite } = openDatabase(":memory:"));
  migrateDatabase(db);
  loadDemoProvince(db);
  writeTransaction(db, (tx) => {
    // the demo's own districts end before this test's year: its two districts are the only ones in 2024
    tx.update(departments)
      .set({ validTo: YEAR - 1 })
      .where(eq(departments.kind, "district"))
      .run();
    for (const code of ["hx.a", "hx.b", "hx.old"]) {
      const row = tx
        .insert(departments)
        .values({
          code,
          name: `Huyện ${code}`,
          shortName: code,
          kind: "district",
          validFrom: 2022,
          validTo: code === "hx.old" ? 2023 : null,
        })
        .returning()
        .get();
      unitIds[code] = row.id;
    }
    createIndicator(tx, admin, {
      year: YEAR,
      code: "hx.giai_ngan",
      name: "Giải ngân vốn đầu tư công (thử)",
      unit: "tỷ đồng",
      kind: "cumulative",
      department: "skhdt",
    });
  });
});

const save = (unit: string, period: "T01" | "T02", value: number) =>
  writeTransaction(db, (tx) =>
    saveValues(
      tx,
      admin.id,
      { departmentId: unitIds[unit], year: YEAR, month: Number(period.slice(1)) },
      { values: [{ indicator: `hx.giai_ngan@${unit}`, period, value, status: "estimate" }], force: true },
    ),
  );
const row = (period: "T01" | "T02" | "Q1") =>
  provinceReport(db, { year: YEAR, period, counting: "all" }).find((r) => r.indicator.code === "hx.giai_ngan")!;

describe("an indicator reported by every district", () => {
  it("gives each district valid in the year its own share, assigned to it, and adds only what is missing when run again", () => {
    const first = writeTransaction(db, (tx) =>
      declareUnitReporting(tx, admin, { code: "hx.giai_ngan", year: YEAR, kind: "district" }),
    );
    expect(first.shares).toEqual(["hx.giai_ngan@hx.a", "hx.giai_ngan@hx.b"]);
    expect(first.added).toBe(2);
    const again = writeTransaction(db, (tx) =>
      declareUnitReporting(tx, admin, { code: "hx.giai_ngan", year: YEAR, kind: "district" }),
    );
    expect(again.added).toBe(0);
    const audit = sqlite
      .prepare("select count(*) as n from audit_log where action = 'unit_reporting_set' and entity_id = 'hx.giai_ngan'")
      .get() as { n: number };
    expect(audit.n).toBe(2);
  });

  it("refuses another kind reporting the same months, and a share as the province indicator", () => {
    expect(() =>
      writeTransaction(db, (tx) =>
        declareUnitReporting(tx, admin, { code: "hx.giai_ngan", year: YEAR, kind: "commune" }),
      ),
    ).toThrow(`Năm ${YEAR} chưa có đơn vị nào thuộc các xã, phường`);
    // a commune reporting the whole year, as the districts do: the months would be counted twice
    const commune = db
      .insert(departments)
      .values({ code: "hx.xa", name: "Xã hx", shortName: "hx.xa", kind: "commune", validFrom: YEAR })
      .returning()
      .get();
    expect(() =>
      writeTransaction(db, (tx) =>
        declareUnitReporting(tx, admin, { code: "hx.giai_ngan", year: YEAR, kind: "commune" }),
      ),
    ).toThrow(
      `Chỉ tiêu "hx.giai_ngan" năm ${YEAR} đã do các huyện, thành phố báo cáo cả năm ${YEAR}, trùng với các xã, phường (cả năm ${YEAR})`,
    );
    db.delete(departments).where(eq(departments.id, commune.id)).run();
    expect(() =>
      writeTransaction(db, (tx) =>
        declareUnitReporting(tx, admin, { code: "hx.giai_ngan@hx.a", year: YEAR, kind: "district" }),
      ),
    ).toThrow(/phần của một đơn vị/);
  });

  it("keeps the shares out of the province's list and in their district's", () => {
    const province = listIndicatorsForYear(db, YEAR).map((i) => i.code);
    expect(province).toContain("hx.giai_ngan");
    expect(province.filter((code) => code.includes("@"))).toEqual([]);
    expect(listIndicatorsForYear(db, YEAR, unitIds["hx.a"]).map((i) => i.code)).toEqual(["hx.giai_ngan@hx.a"]);
  });

  it("makes the province figure the districts' sum once every district has entered the month", () => {
    save("hx.a", "T01", 125_000);
    expect(row("T01").value).toBeNull();
    save("hx.b", "T01", 40_001);
    expect(row("T01").value).toBe(16.5001);
    save("hx.a", "T02", 10_000);
    save("hx.b", "T02", 20_000);
    expect(row("Q1").missingMonths).toEqual([3]);
    expect(row("T02").inPeriodValue).toBe(3);
    expect(row("T02").value).toBe(19.5001);
  });

  it("catches the cached report up when one district changes its figure (the province row moves, equal to a fresh one)", () => {
    const before = row("T01").value!;
    save("hx.b", "T01", 50_001);
    expect(row("T01").value).toBe(before + 1);
    expect(provinceReport(db, { year: YEAR, period: "T01", counting: "all" })).toEqual(
      computeReport(db, { year: YEAR, period: "T01", counting: "all" }),
    );
  });

  it("counts a district's figure in the sum only when its month is in a counted state", () => {
    const submitted = provinceReport(db, { year: YEAR, period: "T01", counting: "submitted" }).find(
      (r) => r.indicator.code === "hx.giai_ngan",
    )!;
    expect(submitted.value).toBeNull();
  });

  it("lists a district's shares on the dashboard filtered on that district, and a department's indicators as before", () => {
    const filter = { year: YEAR, period: "T01" as const, counting: "all" as const, section: "" };
    const district = dashboardModel(db, { ...filter, department: "hx.a" });
    expect(district.rows.map((r) => r.indicator.code)).toEqual(["hx.giai_ngan@hx.a"]);
    const province = dashboardModel(db, { ...filter, department: "" });
    const skhdt = dashboardModel(db, { ...filter, department: "skhdt" });
    expect(skhdt.rows.map((r) => r.indicator.code)).toEqual(
      province.rows.filter((r) => r.indicator.departmentCode === "skhdt").map((r) => r.indicator.code),
    );
    expect(skhdt.rows.length).toBeGreaterThan(1);
  });
});

describe("taking back that every district reports an indicator", () => {
  const CODE = "hx.thu";
  const shares = () => listIndicatorsForYear(db, YEAR, unitIds["hx.a"]).map((i) => i.code);
  const count = (sql: string) => (sqlite.prepare(sql).get(YEAR) as { n: number }).n;

  beforeAll(() => {
    writeTransaction(db, (tx) => {
      createIndicator(tx, admin, {
        year: YEAR,
        code: CODE,
        name: "Thu ngân sách (thử)",
        unit: "tỷ đồng",
        kind: "cumulative",
        department: "stc",
      });
      declareUnitReporting(tx, admin, { code: CODE, year: YEAR, kind: "district" });
    });
    sqlite
      .prepare(
        "insert into targets (indicator_id, year, source, value) select id, ?, 'hdnd', 1000000 from indicators where code like 'hx.thu@%'",
      )
      .run(YEAR);
  });

  it("takes the shares out of the year's plan with their targets, audited, and gives the same codes when declared again", () => {
    expect(shares()).toContain(`${CODE}@hx.a`);
    const result = writeTransaction(db, (tx) => withdrawUnitReporting(tx, admin, { code: CODE, year: YEAR }));
    expect(result).toEqual({ code: CODE, year: YEAR, kind: "district", removed: [`${CODE}@hx.a`, `${CODE}@hx.b`] });
    expect(shares()).not.toContain(`${CODE}@hx.a`);
    expect(
      count(
        "select count(*) as n from targets t join indicators i on i.id = t.indicator_id where t.year = ? and i.code like 'hx.thu@%'",
      ),
    ).toBe(0);
    expect(
      count(
        "select count(*) as n from unit_reporting r join indicators i on i.id = r.indicator_id where r.year = ? and i.code = 'hx.thu'",
      ),
    ).toBe(0);
    const audit = sqlite
      .prepare("select before from audit_log where action = 'unit_reporting_unset' and entity_id = ?")
      .get(CODE) as { before: string };
    expect(JSON.parse(audit.before)).toMatchObject({ year: YEAR, kind: "district" });
    // the province figure is again the department's alone; declared again, the same shares come back
    expect(
      provinceReport(db, { year: YEAR, period: "T01", counting: "all" }).some((r) => r.indicator.code === CODE),
    ).toBe(true);
    const again = writeTransaction(db, (tx) =>
      declareUnitReporting(tx, admin, { code: CODE, year: YEAR, kind: "district" }),
    );
    expect(again).toMatchObject({ shares: [`${CODE}@hx.a`, `${CODE}@hx.b`], added: 2 });
  });

  it("refuses once a district entered a figure of its share, changing nothing, and refuses an indicator not reported by units", () => {
    writeTransaction(db, (tx) =>
      saveValues(
        tx,
        admin.id,
        { departmentId: unitIds["hx.b"], year: YEAR, month: 1 },
        { values: [{ indicator: `${CODE}@hx.b`, period: "T01", value: 50_000, status: "estimate" }], force: true },
      ),
    );
    expect(() => writeTransaction(db, (tx) => withdrawUnitReporting(tx, admin, { code: CODE, year: YEAR }))).toThrow(
      /đã có 1 đơn vị nhập số liệu phần của mình \(Huyện hx\.b\)/,
    );
    expect(shares()).toContain(`${CODE}@hx.a`);
    expect(() => writeTransaction(db, (tx) => withdrawUnitReporting(tx, admin, { code: "knxnk", year: YEAR }))).toThrow(
      /không do các huyện, thành phố hay các xã, phường báo cáo/,
    );
  });
});
