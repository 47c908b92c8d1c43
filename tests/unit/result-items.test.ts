import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, departments, narratives, resultItems, submissions, users } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { DomainError } from "@/lib/errors";
import { saveNarrative } from "@/lib/entry/save-narrative";
import { readNarrative } from "@/lib/entry/narrative-store";
import { narrativeSchema } from "@/lib/entry/schemas";
import { createResultSchema, deleteResultSchema, updateResultSchema } from "@/lib/results/schemas";
import { createResult, deleteResult, listResults, updateResult } from "@/lib/results/store";

let db: Db;
let stnmt: number;
let officer: number;
// December 2024 of stnmt is still a draft in the demo (editable); November is approved (locked)
const open = () => ({ departmentId: stnmt, year: 2024, month: 12 });
const raw = (over: Record<string, unknown> = {}) => ({
  date: "2024-12-10",
  section: "I.5",
  text: "Thu gom, xử lý {1}",
  figures: [{ value: "12,5", unit: "tấn chất thải" }],
  ...over,
});
const item = (over: Record<string, unknown> = {}) => createResultSchema.parse(raw(over));
const refused = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("not refused");
};

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  stnmt = db.select().from(departments).where(eq(departments.code, "stnmt")).get()!.id;
  officer = db.select().from(users).where(eq(users.username, "stnmt.canbo")).get()!.id;
});

describe("result items of a department's month", () => {
  it("are added, changed and deleted with a version check and an audit entry each", () => {
    const created = db.transaction((tx) => createResult(tx, officer, open(), item()));
    expect(created).toMatchObject({
      date: "2024-12-10",
      section: "I.5",
      figures: [{ value: 12.5, unit: "tấn chất thải" }],
      written: "Thu gom, xử lý 12,5 tấn chất thải",
      version: 1,
    });
    const changed = db.transaction((tx) =>
      updateResult(
        tx,
        officer,
        open(),
        created.id,
        updateResultSchema.parse({
          ...raw({ text: "Thu gom {1}" }),
          figures: [{ value: 13, unit: "tấn" }],
          version: 1,
        }),
      ),
    );
    expect(changed).toMatchObject({ version: 2, written: "Thu gom 13 tấn" });
    // a stale version is a conflict, never a silent overwrite
    const stale = refused(() =>
      db.transaction((tx) =>
        updateResult(tx, officer, open(), created.id, updateResultSchema.parse({ ...raw(), version: 1 })),
      ),
    );
    expect(stale.status).toBe(409);
    expect(
      refused(() =>
        db.transaction((tx) =>
          deleteResult(tx, officer, open(), created.id, deleteResultSchema.parse({ version: 1 }).version),
        ),
      ).status,
    ).toBe(409);
    db.transaction((tx) => deleteResult(tx, officer, open(), created.id, 2));
    expect(listResults(db, open()).map((r) => r.id)).not.toContain(created.id);
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "result_item"), eq(auditLog.entityId, String(created.id))))
      .all();
    expect(audit.map((a) => a.action)).toEqual(["result_create", "result_update", "result_delete"]);
    expect(audit[2].before).toMatchObject({ text: "Thu gom {1}", figures: [{ value: "13", unit: "tấn" }] });
  });

  it("saving an item unchanged writes nothing", () => {
    const created = db.transaction((tx) => createResult(tx, officer, open(), item()));
    const before = db.select().from(auditLog).all().length;
    const same = db.transaction((tx) =>
      updateResult(tx, officer, open(), created.id, updateResultSchema.parse({ ...raw(), version: 1 })),
    );
    expect(same.version).toBe(1);
    expect(db.select().from(auditLog).all().length).toBe(before);
  });

  it("refuses a date outside the month and a section without figures, naming the field", () => {
    const late = refused(() => db.transaction((tx) => createResult(tx, officer, open(), item({ date: "2025-01-02" }))));
    expect([late.status, late.fieldErrors?.date]).toEqual([422, "Ngày phải thuộc tháng 12/2024"]);
    const narrativeOnly = refused(() =>
      db.transaction((tx) => createResult(tx, officer, open(), item({ section: "II" }))),
    );
    expect(narrativeOnly.fieldErrors?.section).toContain("chỉ nhận phần thuyết minh");
    expect(
      refused(() => db.transaction((tx) => createResult(tx, officer, open(), item({ section: "X.9" })))).fieldErrors
        ?.section,
    ).toContain("Không có mục");
  });

  it("refuses a text whose figures are not placed, before anything is stored", () => {
    const parsed = createResultSchema.safeParse({
      date: "2024-12-10",
      section: "I.5",
      text: "Thu gom chất thải",
      figures: [{ value: "3", unit: "tấn" }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ["text"],
      message: "Số liệu 1 chưa được đặt vào nội dung: thêm {1} vào chỗ cần ghi",
    });
    expect(
      createResultSchema.safeParse({ ...raw(), figures: [{ value: "-1", unit: "tấn" }], text: "{1}" }).success,
    ).toBe(false);
  });

  it("follows the month's lock: a submitted or approved month and a closed year refuse changes", () => {
    const approved = { departmentId: stnmt, year: 2024, month: 11 };
    expect(
      refused(() => db.transaction((tx) => createResult(tx, officer, approved, item({ date: "2024-11-05" })))).status,
    ).toBe(409);
    const closed = { departmentId: stnmt, year: 2023, month: 6 };
    expect(
      refused(() => db.transaction((tx) => createResult(tx, officer, closed, item({ date: "2023-06-05" })))).status,
    ).toBe(409);
    expect(
      db
        .select()
        .from(resultItems)
        .where(and(eq(resultItems.departmentId, stnmt), eq(resultItems.month, 11)))
        .all(),
    ).toEqual([]);
  });

  it("finds an item only in its own department's month", () => {
    const created = db.transaction((tx) => createResult(tx, officer, open(), item()));
    const other = db.select().from(departments).where(eq(departments.code, "vpubnd")).get()!.id;
    expect(
      refused(() =>
        db.transaction((tx) =>
          deleteResult(tx, officer, { departmentId: other, year: 2024, month: 12 }, created.id, 1),
        ),
      ).status,
    ).toBe(404);
  });
});

describe("a month's narrative", () => {
  it("is read back with its version, saved with a conflict check and locked with its month", () => {
    expect(readNarrative(db, open())).toMatchObject({ highlights: "", version: 0 });
    db.transaction((tx) =>
      saveNarrative(
        tx,
        officer,
        open(),
        narrativeSchema.parse({ highlights: "Kết quả", difficulties: "Khó khăn", tasks: "Nhiệm vụ", version: 0 }),
      ),
    );
    expect(readNarrative(db, open())).toMatchObject({
      highlights: "Kết quả",
      difficulties: "Khó khăn",
      tasks: "Nhiệm vụ",
      version: 1,
    });
    expect(
      refused(() =>
        db.transaction((tx) =>
          saveNarrative(tx, officer, open(), { highlights: "x", difficulties: "", tasks: "", version: 0 }),
        ),
      ).status,
    ).toBe(409);
    const approved = { departmentId: stnmt, year: 2024, month: 11 };
    expect(
      refused(() =>
        db.transaction((tx) => saveNarrative(tx, officer, approved, { highlights: "x", difficulties: "", tasks: "" })),
      ).status,
    ).toBe(409);
    expect(
      db
        .select()
        .from(narratives)
        .where(and(eq(narratives.departmentId, stnmt), eq(narratives.month, 11)))
        .all(),
    ).toEqual([]);
    expect(
      db
        .select()
        .from(submissions)
        .where(and(eq(submissions.departmentId, stnmt), eq(submissions.year, 2024), eq(submissions.month, 12)))
        .get()!.state,
    ).toBe("draft");
  });
});
