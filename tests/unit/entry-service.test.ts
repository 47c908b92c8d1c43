import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, departments, indicatorValues, indicators, submissions, users, valueRevisions } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { ConflictError, DomainError } from "@/lib/errors";
import { saveValues } from "@/lib/entry/save-values";
import { saveValuesSchema } from "@/lib/entry/schemas";
import { transitionSubmission } from "@/lib/workflow/service";
import { valueHistory } from "@/lib/reports/indicator-detail";

let db: Db;
let vpubnd: number;
let officer: number;
let head: number;
let planner: number;
const key = () => ({ departmentId: vpubnd, year: 2024, month: 12 });
const input = (values: unknown[]) => saveValuesSchema.parse({ values });
const valueOf = (code: string, period = "T12") => {
  const ind = db.select().from(indicators).where(eq(indicators.code, code)).get()!;
  return db
    .select()
    .from(indicatorValues)
    .where(
      and(eq(indicatorValues.indicatorId, ind.id), eq(indicatorValues.year, 2024), eq(indicatorValues.period, period)),
    )
    .get()!;
};

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  vpubnd = db.select().from(departments).where(eq(departments.code, "vpubnd")).get()!.id;
  const id = (u: string) => db.select().from(users).where(eq(users.username, u)).get()!.id;
  officer = id("vpubnd.canbo");
  head = id("vpubnd.lanhdao");
  planner = id("tonghop");
});

describe("saving a month's values", () => {
  it("stores, versions, keeps a revision and an audit entry in one go", () => {
    const before = valueOf("an.buon_lau");
    const stored = db.transaction((tx) =>
      saveValues(
        tx,
        officer,
        key(),
        input([{ indicator: "an.buon_lau", value: "450", status: "preliminary", version: before.version }]),
      ),
    );
    expect(stored[0]).toMatchObject({ value: 450, version: before.version + 1, changed: true });
    const after = valueOf("an.buon_lau");
    expect(after.value).toBe(4_500_000);
    expect(
      db
        .select()
        .from(valueRevisions)
        .where(eq(valueRevisions.valueId, after.id))
        .all()
        .map((r) => r.value),
    ).toEqual([before.value, 4_500_000]);
    const submission = db
      .select()
      .from(submissions)
      .where(and(eq(submissions.departmentId, vpubnd), eq(submissions.year, 2024), eq(submissions.month, 12)))
      .get()!;
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "submission"), eq(auditLog.entityId, String(submission.id))))
      .all()
      .at(-1)!;
    expect(audit).toMatchObject({ action: "values_save", userId: officer });
    expect(audit.before).toEqual({
      year: 2024,
      month: 12,
      values: [
        {
          valueId: after.id,
          indicator: "an.buon_lau",
          period: "T12",
          value: String(before.value / 10_000),
          status: before.status,
          note: before.note,
          version: before.version,
        },
      ],
    });
    expect((audit.after as { values: unknown[] }).values).toEqual([
      {
        valueId: after.id,
        indicator: "an.buon_lau",
        period: "T12",
        value: "450",
        status: "preliminary",
        note: null,
        version: before.version + 1,
      },
    ]);
  });

  it("writes one audit entry for a save of many values, listing only what changed, and none when nothing did", () => {
    const audits = () => db.select().from(auditLog).where(eq(auditLog.action, "values_save")).all().length;
    const start = audits();
    const a = valueOf("an.buon_lau");
    const b = valueOf("an.khoi_to_vu");
    db.transaction((tx) =>
      saveValues(
        tx,
        officer,
        key(),
        input([
          { indicator: "an.buon_lau", value: "450", status: "preliminary", version: a.version },
          { indicator: "an.khoi_to_vu", value: "77", status: "estimate", version: b.version },
        ]),
      ),
    );
    expect(audits()).toBe(start + 1);
    const entry = db.select().from(auditLog).where(eq(auditLog.action, "values_save")).all().at(-1)!;
    expect((entry.after as { values: { indicator: string }[] }).values.map((v) => v.indicator)).toEqual([
      "an.khoi_to_vu",
    ]);
    db.transaction((tx) =>
      saveValues(tx, officer, key(), input([{ indicator: "an.khoi_to_vu", value: "77", status: "estimate" }])),
    );
    expect(audits()).toBe(start + 1);
  });

  it("gives a value's history newest first, each version with the figure it replaced", () => {
    const current = valueOf("an.buon_lau");
    db.transaction((tx) =>
      saveValues(
        tx,
        officer,
        key(),
        input([{ indicator: "an.buon_lau", value: "460,5", status: "official", version: current.version }]),
        "Số chính thức",
      ),
    );
    const history = valueHistory(db, [current]);
    expect(history[0]).toMatchObject({
      year: 2024,
      period: "T12",
      before: 450,
      after: 460.5,
      status: "official",
      reason: "Số chính thức",
    });
    expect(history[1]).toMatchObject({ after: 450 });
    expect(history.at(-1)!.before).toBeNull();
    expect(history.length).toBe(current.version + 1);
    // back to the figure the next cases expect
    const now = valueOf("an.buon_lau").version;
    db.transaction((tx) =>
      saveValues(
        tx,
        officer,
        key(),
        input([{ indicator: "an.buon_lau", value: "450", status: "preliminary", version: now }]),
      ),
    );
  });

  it("does not write a revision when nothing changed", () => {
    const current = valueOf("an.buon_lau");
    const stored = db.transaction((tx) =>
      saveValues(
        tx,
        officer,
        key(),
        input([{ indicator: "an.buon_lau", value: "450", status: "preliminary", version: current.version }]),
      ),
    );
    expect(stored[0].changed).toBe(false);
    expect(valueOf("an.buon_lau").version).toBe(current.version);
  });

  it("refuses a stale version with the other person's value, and writes nothing", () => {
    const current = valueOf("an.khoi_to_vu");
    const other = valueOf("an.buon_lau");
    const attempt = () =>
      db.transaction((tx) =>
        saveValues(
          tx,
          officer,
          key(),
          input([
            { indicator: "an.buon_lau", value: "1", version: other.version },
            { indicator: "an.khoi_to_vu", value: "99", version: current.version - 1 },
          ]),
        ),
      );
    expect(attempt).toThrow(ConflictError);
    expect(valueOf("an.buon_lau").value).toBe(other.value);
  });

  it("refuses an indicator of another department and a period the month cannot carry", () => {
    const attempt = (values: unknown[]) => () => db.transaction((tx) => saveValues(tx, officer, key(), input(values)));
    expect(attempt([{ indicator: "knxnk", value: 1 }])).toThrow(/không thuộc đơn vị/);
    expect(attempt([{ indicator: "an.buon_lau", value: 1, period: "UN" }])).toThrow(/không nhập được/);
  });

  it("refuses a closed year and a submitted month", () => {
    expect(() =>
      db.transaction((tx) =>
        saveValues(tx, officer, { ...key(), year: 2023 }, input([{ indicator: "an.buon_lau", value: 1 }])),
      ),
    ).toThrow(/khóa sổ/);
    const sct = db.select().from(departments).where(eq(departments.code, "sct")).get()!.id;
    expect(() =>
      db.transaction((tx) =>
        saveValues(tx, officer, { departmentId: sct, year: 2024, month: 12 }, input([{ indicator: "ccn", value: 1 }])),
      ),
    ).toThrow(DomainError);
  });
});

describe("saving without a version (issue 15)", () => {
  const conflictOf = (attempt: () => unknown) => {
    try {
      attempt();
    } catch (error) {
      return error;
    }
    throw new Error("the save was not refused");
  };
  const save = (values: unknown[], force?: boolean) => () =>
    db.transaction((tx) => saveValues(tx, officer, key(), saveValuesSchema.parse({ values, force })));

  it("refuses a version-less save over a stored value with 409 naming its value and version; nothing changes", () => {
    const current = valueOf("an.buon_lau");
    const error = conflictOf(save([{ indicator: "an.buon_lau", value: "451" }])) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(409);
    expect(error.message).toContain(`an.buon_lau`);
    expect(error.message).toContain(`phiên bản ${current.version}`);
    expect(error.message).toContain("450");
    expect(error.fieldErrors!["values.0.value"]).toContain(`"version": ${current.version}`);
    expect(error.conflicts[0]).toMatchObject({ currentValue: 450, currentVersion: current.version, sentVersion: null });
    expect(valueOf("an.buon_lau")).toEqual(current);
  });

  it("lets a new value, and the same figure again, through without a version", () => {
    const same = save([{ indicator: "an.buon_lau", value: "450", status: "preliminary" }])();
    expect(same[0]).toMatchObject({ value: 450, changed: false });
    const stored = save([{ indicator: "an.xu_phat_vu", value: "3", period: "Q4" }])();
    expect(stored[0]).toMatchObject({ value: 3, version: 1, changed: true });
  });

  it("of ten version-less saves of one value, the first stores and the other nine are refused", () => {
    const outcomes = Array.from({ length: 10 }, (_, i) => {
      try {
        save([{ indicator: "an.xu_phat_vu", period: "Q3", value: String(100 + i) }])();
        return 200;
      } catch (error) {
        return (error as DomainError).status;
      }
    });
    expect(outcomes).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    expect(valueOf("an.xu_phat_vu", "Q3").value).toBe(1_000_000);
  });

  it('overwrites with "force": true and the audit entry says forced', () => {
    const before = valueOf("an.xu_phat_vu", "Q3");
    const stored = save([{ indicator: "an.xu_phat_vu", period: "Q3", value: "107" }], true)();
    expect(stored[0]).toMatchObject({ value: 107, version: before.version + 1 });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, "values_save")).all().at(-1)!;
    expect(entry.after).toMatchObject({ forced: true, values: [{ indicator: "an.xu_phat_vu", value: "107" }] });
    // a save with the right version is not forced
    save([{ indicator: "an.xu_phat_vu", period: "Q3", value: "108", version: before.version + 1 }])();
    const next = db.select().from(auditLog).where(eq(auditLog.action, "values_save")).all().at(-1)!;
    expect(next.after).not.toHaveProperty("forced");
  });

  it("still refuses a stale version when forced, and a version for a value that does not exist", () => {
    const current = valueOf("an.xu_phat_vu", "Q3");
    expect(
      save([{ indicator: "an.xu_phat_vu", period: "Q3", value: "1", version: current.version - 1 }], true),
    ).toThrow(ConflictError);
    const error = conflictOf(save([{ indicator: "an.xu_phat_vu", period: "Q2", value: "1", version: 4 }]));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).conflicts[0]).toMatchObject({ currentValue: null, currentVersion: 0 });
  });
});

describe("a figure typed with % (issue 15)", () => {
  it("is refused for an indicator not in per cent, naming the indicator and its unit", () => {
    const attempt = () =>
      db.transaction((tx) =>
        saveValues(
          tx,
          officer,
          key(),
          input([{ indicator: "an.buon_lau", value: "12%", version: valueOf("an.buon_lau").version }]),
        ),
      );
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/an\.buon_lau.*không phải %/);
    expect(valueOf("an.buon_lau").value).toBe(4_500_000);
  });

  it("is stored for an indicator in per cent", () => {
    const current = valueOf("cchc.tthc_dung_han");
    const stored = db.transaction((tx) =>
      saveValues(
        tx,
        officer,
        key(),
        input([{ indicator: "cchc.tthc_dung_han", value: "97,5%", version: current.version }]),
      ),
    );
    expect(stored[0]).toMatchObject({ value: 97.5 });
  });
});

describe("workflow with plausibility", () => {
  it("a jump without a note blocks submitting; with a note it goes through, then return and approve", () => {
    const current = valueOf("an.khoi_to_vu");
    db.transaction((tx) =>
      saveValues(
        tx,
        officer,
        key(),
        input([{ indicator: "an.khoi_to_vu", value: "5000", status: "estimate", version: current.version }]),
      ),
    );
    const actor = { id: head, role: "dept_head" as const, departmentId: vpubnd };
    expect(() => db.transaction((tx) => transitionSubmission(tx, actor, key(), "submit"))).toThrow(/giải trình/);
    const after = valueOf("an.khoi_to_vu");
    db.transaction((tx) =>
      saveValues(
        tx,
        officer,
        key(),
        input([
          {
            indicator: "an.khoi_to_vu",
            value: "5000",
            status: "estimate",
            note: "Chiến dịch cao điểm cuối năm",
            version: after.version,
          },
        ]),
      ),
    );
    expect(db.transaction((tx) => transitionSubmission(tx, actor, key(), "submit"))).toEqual({ state: "submitted" });
    const reviewer = { id: planner, role: "planner" as const, departmentId: null };
    expect(() => db.transaction((tx) => transitionSubmission(tx, reviewer, key(), "return"))).toThrow(/lý do/);
    db.transaction((tx) => transitionSubmission(tx, reviewer, key(), "return", "Kiểm tra lại", ["an.khoi_to_vu"]));
    const row = db
      .select()
      .from(submissions)
      .where(and(eq(submissions.departmentId, vpubnd), eq(submissions.year, 2024), eq(submissions.month, 12)))
      .get()!;
    expect(row).toMatchObject({ state: "returned", returnReason: "Kiểm tra lại", returnFields: ["an.khoi_to_vu"] });
    db.transaction((tx) => transitionSubmission(tx, actor, key(), "submit"));
    db.transaction((tx) => transitionSubmission(tx, reviewer, key(), "approve"));
    expect(() =>
      db.transaction((tx) => saveValues(tx, officer, key(), input([{ indicator: "an.buon_lau", value: 1 }]))),
    ).toThrow(/duyệt và khóa/);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "submission_approve")).all().length).toBe(1);
  });

  it("a department head cannot submit another department's month", () => {
    const sct = db.select().from(departments).where(eq(departments.code, "sct")).get()!.id;
    expect(() =>
      db.transaction((tx) =>
        transitionSubmission(
          tx,
          { id: head, role: "dept_head", departmentId: vpubnd },
          { departmentId: sct, year: 2024, month: 12 },
          "submit",
        ),
      ),
    ).toThrow(/đơn vị mình/);
  });
});
