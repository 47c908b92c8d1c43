import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { createDepartment, renameDepartment } from "@/lib/admin/departments";
import { createPlanYear } from "@/lib/admin/plan-years";
import { adminDepartments } from "@/lib/admin/queries";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { declareSuccession, removeSuccession } from "@/lib/units/successions";
import { declareUnitReporting } from "@/lib/units/declare-reporting";
import { createIndicator } from "@/lib/admin/create-indicator";
import type { UnitKind } from "@/db/schema/vocabulary";

/**
 * Reporting units of every kind in administration (issue 17): a unit's kind, and successions
 * (a merger: several predecessors; a split: one predecessor, several successors), with their
 * refusals. Memory database with the demo (2022, 2023 closed; 2024 open) and a 2025 and 2026 in
 * preparation; the units are the test's own ("sx.*").
 */
let db: Db;
let sqlite: Database.Database;
const admin = { id: 1, role: "admin" as const };

const unit = (code: string, kind: UnitKind, validFrom: number, validTo?: number) =>
  writeTransaction(db, (tx) => {
    const created = createDepartment(tx, admin.id, { code, name: `Đơn vị ${code}`, kind, validFrom });
    if (validTo !== undefined) sqlite.prepare("update departments set valid_to = ? where code = ?").run(validTo, code);
    return created;
  });
const declare = (successor: string, predecessors: string[], fromYear: number) =>
  writeTransaction(db, (tx) => declareSuccession(tx, admin.id, { successor, predecessors, fromYear }));
const remove = (successor: string) => writeTransaction(db, (tx) => removeSuccession(tx, admin.id, { successor }));
const audits = (action: string, entityId: string) =>
  (
    sqlite.prepare("select count(*) as n from audit_log where action = ? and entity_id = ?").get(action, entityId) as {
      n: number;
    }
  ).n;
const predecessorsOf = (code: string, year?: number) =>
  adminDepartments(db, year).find((d) => d.code === code)?.predecessors;

beforeAll(() => {
  ({ db, sqlite } = openDatabase(":memory:"));
  migrateDatabase(db);
  loadDemoProvince(db);
  writeTransaction(db, (tx) => {
    createPlanYear(tx, admin.id, { year: 2025, copyFrom: 2024 });
    createPlanYear(tx, admin.id, { year: 2026 });
  });
  // two departments merging in 2025; a district split into two communes in 2025; a commune of 2026
  unit("sx.so_a", "department", 2022, 2024);
  unit("sx.so_b", "department", 2022, 2024);
  unit("sx.so_moi", "department", 2025);
  unit("sx.so_c", "department", 2025);
  unit("sx.huyen", "district", 2022, 2024);
  unit("sx.huyen2", "district", 2022, 2024);
  unit("sx.xa_1", "commune", 2025);
  unit("sx.xa_2", "commune", 2025);
  unit("sx.xa_3", "commune", 2025);
  unit("sx.xa_cu", "commune", 2021, 2023);
});

describe("a unit's kind", () => {
  it("is a department unless another kind is named, and the list by year gives each unit valid that year with its kind", () => {
    const made = unit("sx.mac_dinh", "department", 2024);
    expect(made.kind).toBe("department");
    const in2025 = adminDepartments(db, 2025);
    expect(in2025.find((d) => d.code === "sx.xa_1")?.kind).toBe("commune");
    expect(in2025.map((d) => d.code)).not.toContain("sx.huyen");
    expect(adminDepartments(db, 2024).find((d) => d.code === "sx.huyen")?.kind).toBe("district");
  });

  it("is corrected by a rename, and refused for a unit that already reports shares of an indicator", () => {
    const renamed = writeTransaction(db, (tx) =>
      renameDepartment(tx, admin.id, {
        code: "sx.mac_dinh",
        name: "Huyện Mặc Định",
        shortName: "Mặc Định",
        version: 1,
        kind: "district",
      }),
    );
    expect(renamed).toMatchObject({ kind: "district", version: 2 });
    writeTransaction(db, (tx) => {
      createIndicator(tx, admin, {
        year: 2024,
        code: "sx.giai_ngan",
        name: "Giải ngân (thử kế tục)",
        unit: "tỷ đồng",
        kind: "cumulative",
        department: "skhdt",
      });
      declareUnitReporting(tx, admin, { code: "sx.giai_ngan", year: 2024, kind: "district" });
    });
    expect(() =>
      writeTransaction(db, (tx) =>
        renameDepartment(tx, admin.id, {
          code: "sx.mac_dinh",
          name: "Huyện Mặc Định",
          shortName: "Mặc Định",
          version: 2,
          kind: "commune",
        }),
      ),
    ).toThrow(/không đổi được loại đơn vị/);
    // keeping the kind (or not naming it) is still a rename
    writeTransaction(db, (tx) =>
      renameDepartment(tx, admin.id, { code: "sx.mac_dinh", name: "Huyện Mới", shortName: "Mới", version: 2 }),
    );
    expect(adminDepartments(db).find((d) => d.code === "sx.mac_dinh")).toMatchObject({
      name: "Huyện Mới",
      kind: "district",
    });
  });
});

describe("successions", () => {
  it("declares a merger: one successor, several predecessors of the year before, audited; past years untouched", () => {
    const before = sqlite.prepare("select * from departments where code in ('sx.so_a', 'sx.so_b') order by id").all();
    expect(declare("sx.so_moi", ["sx.so_a", "sx.so_b"], 2025)).toEqual({
      successor: "sx.so_moi",
      predecessors: ["sx.so_a", "sx.so_b"],
      fromYear: 2025,
    });
    expect(predecessorsOf("sx.so_moi", 2025)).toEqual([
      { code: "sx.so_a", fromYear: 2025 },
      { code: "sx.so_b", fromYear: 2025 },
    ]);
    expect(sqlite.prepare("select * from departments where code in ('sx.so_a', 'sx.so_b') order by id").all()).toEqual(
      before,
    );
    expect(audits("department_succession_set", "sx.so_moi")).toBe(1);
  });

  it("declares a split: each successor with the same predecessor", () => {
    declare("sx.xa_1", ["sx.huyen"], 2025);
    declare("sx.xa_2", ["sx.huyen"], 2025);
    expect(predecessorsOf("sx.xa_1")).toEqual([{ code: "sx.huyen", fromYear: 2025 }]);
    expect(predecessorsOf("sx.xa_2")).toEqual([{ code: "sx.huyen", fromYear: 2025 }]);
  });

  it.each([
    ["a successor not valid in the year", "sx.so_moi", ["sx.so_a"], 2024, /không có hiệu lực năm 2024/],
    ["a predecessor not valid the year before", "sx.xa_3", ["sx.xa_cu"], 2025, /không có hiệu lực năm 2024/],
    ["a department succeeding a local government", "sx.so_c", ["sx.huyen2"], 2025, /chỉ kế tục sở, ban, ngành/],
    ["a unit succeeding itself", "sx.xa_3", ["sx.xa_3"], 2025, /không kế tục chính nó/],
    ["a predecessor named twice", "sx.xa_3", ["sx.huyen2", "sx.huyen2"], 2025, /hai lần/],
    ["no predecessor", "sx.xa_3", [], 2025, /ít nhất một/],
    ["a successor already declared", "sx.xa_1", ["sx.huyen2"], 2025, /đã được khai báo kế tục/],
    ["a closed year", "sx.xa_3", ["sx.huyen2"], 2023, /không có hiệu lực năm 2023|đã khóa sổ/],
    ["an unknown unit", "sx.xa_3", ["sx.khong_co"], 2025, /Không có đơn vị mã "sx.khong_co"/],
  ])("refuses %s", (_, successor, predecessors, fromYear, message) => {
    const count = sqlite.prepare("select count(*) as n from department_successions").get();
    expect(() => declare(successor, predecessors, fromYear)).toThrow(message);
    expect(sqlite.prepare("select count(*) as n from department_successions").get()).toEqual(count);
  });

  it("refuses a closed year even where every unit is valid", () => {
    unit("sx.xa_2023", "commune", 2023);
    expect(() => declare("sx.xa_2023", ["sx.xa_cu"], 2023)).toThrow(/Năm kế hoạch 2023 đã khóa sổ/);
  });

  it("refuses successors of one predecessor starting in different years", () => {
    // sx.huyen's successors start in 2025; another unit may not take it up from 2024
    unit("sx.xa_khac", "commune", 2022);
    expect(() => declare("sx.xa_khac", ["sx.huyen"], 2024)).toThrow(/đã có đơn vị kế tục từ năm 2025/);
  });

  it("refuses a cycle", () => {
    unit("sx.c1", "commune", 2022);
    unit("sx.c2", "commune", 2022);
    declare("sx.c2", ["sx.c1"], 2025);
    expect(() => declare("sx.c1", ["sx.c2"], 2026)).toThrow(/vòng kế tục/);
  });

  it("removes a declared succession, audited, and refuses removing one that does not exist", () => {
    expect(remove("sx.xa_2")).toEqual({ successor: "sx.xa_2", predecessors: ["sx.huyen"], fromYear: 2025 });
    expect(predecessorsOf("sx.xa_2")).toEqual([]);
    expect(audits("department_succession_remove", "sx.xa_2")).toBe(1);
    expect(() => remove("sx.xa_2")).toThrow(/chưa được khai báo kế tục/);
    // declared again after the removal
    expect(declare("sx.xa_2", ["sx.huyen"], 2025).predecessors).toEqual(["sx.huyen"]);
  });
});
