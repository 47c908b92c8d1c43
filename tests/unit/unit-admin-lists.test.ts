import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { createDepartment } from "@/lib/admin/departments";
import { createIndicator } from "@/lib/admin/create-indicator";
import { createPlanYear } from "@/lib/admin/plan-years";
import { adminIndicators, targetGrid, unitReportingOf } from "@/lib/admin/queries";
import { setTargets } from "@/lib/admin/set-targets";
import { declareUnitReporting } from "@/lib/units/declare-reporting";

/**
 * The admin lists with an indicator reported by every unit of a kind (issue 17): the catalogue
 * does not drown in shares (each share right after its province indicator, which counts them),
 * and the targets grid gives each unit its own target.
 */
let db: Db;
const admin = { id: 1, role: "admin" as const };
const YEAR = 2037;

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  writeTransaction(db, (tx) => {
    createPlanYear(tx, admin.id, { year: YEAR, copyFrom: 2024 });
    for (const code of ["la.h_b", "la.h_a"])
      createDepartment(tx, admin.id, { code, name: `Huyện ${code}`, kind: "district", validFrom: YEAR });
    createIndicator(tx, admin, {
      year: YEAR,
      code: "la.thu_ns",
      name: "Thu ngân sách (thử)",
      unit: "tỷ đồng",
      kind: "cumulative",
      department: "stc",
    });
    declareUnitReporting(tx, admin, { code: "la.thu_ns", year: YEAR, kind: "district" });
    setTargets(tx, admin, YEAR, [
      { indicator: "la.thu_ns@la.h_a", source: "hdnd", target: { value: 1_000_000, min: null, max: null } },
    ]);
  });
});

describe("the admin lists of a year with units' shares", () => {
  it("puts each share right after its province indicator, which counts them", () => {
    const rows = adminIndicators(db, YEAR);
    const at = rows.findIndex((r) => r.code === "la.thu_ns");
    expect(rows[at]).toMatchObject({ shareOf: null, shares: 2 });
    expect(rows.slice(at + 1, at + 3).map((r) => [r.code, r.shareOf])).toEqual([
      ["la.thu_ns@la.h_a", "la.thu_ns"],
      ["la.thu_ns@la.h_b", "la.thu_ns"],
    ]);
    expect(rows.filter((r) => r.shareOf === null).every((r) => !r.code.includes("@"))).toBe(true);
  });

  it("gives each unit's share its own target cell in the grid", () => {
    const grid = targetGrid(db, YEAR);
    expect(grid.find((r) => r.code === "la.thu_ns@la.h_a")?.cells.hdnd.text).toBe("100");
    expect(grid.find((r) => r.code === "la.thu_ns@la.h_b")?.cells.hdnd.text).toBe("");
  });

  it("tells the indicator page which kind reports it in the year and which units hold a share", () => {
    const parent = adminIndicators(db, YEAR).find((r) => r.code === "la.thu_ns")!;
    expect(unitReportingOf(db, parent.id)).toEqual([
      {
        year: YEAR,
        kind: "district",
        shares: [
          { year: YEAR, code: "la.thu_ns@la.h_a", unit: "Huyện la.h_a" },
          { year: YEAR, code: "la.thu_ns@la.h_b", unit: "Huyện la.h_b" },
        ],
      },
    ]);
  });
});
