import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { changesSince, journalHead, MAX_CATCH_UP } from "@/db/journal";
import { loadEntries } from "@/lib/reports/entries";
import { computeReport, provinceReport } from "@/lib/reports/province-report";

let db: Db;
let sqlite: Database.Database;

beforeAll(() => {
  ({ db, sqlite } = openDatabase(":memory:"));
  migrateDatabase(db);
  loadDemoProvince(db);
});

const id = (code: string) =>
  (sqlite.prepare("select id from indicators where code = ?").get(code) as { id: number }).id;
const bump = (code: string, year: number, period: string, by: number) =>
  sqlite
    .prepare("update indicator_values set value = value + ? where indicator_id = ? and year = ? and period = ?")
    .run(by, id(code), year, period).changes;

/** The cached, caught-up report must equal a report computed from scratch, row for row. */
function expectFresh(
  year: number,
  period: "6T" | "9T" | "N" | "T07",
  counting: "approved" | "submitted" | "all" = "submitted",
) {
  expect(provinceReport(db, { year, period, counting })).toEqual(computeReport(db, { year, period, counting }));
}

describe("change journal", () => {
  it("records value, submission and catalogue changes whatever wrote them", () => {
    const head = journalHead(sqlite);
    expect(bump("knxnk", 2023, "T03", 10_000)).toBe(1);
    sqlite.prepare("update submissions set state = state where year = 2022 and month = 1").run();
    sqlite.prepare("update targets set value = value where indicator_id = ?").run(id("knxnk"));
    const changes = changesSince(sqlite, head);
    expect(changes.complete).toBe(true);
    expect([...(changes.values.get(2023) ?? [])]).toEqual([id("knxnk")]);
    expect(changes.submissionYears.has(2022)).toBe(true);
    expect(changes.catalogue).toBe(true);
    expect(changes.head).toBeGreaterThan(head);
  });

  it("says it is incomplete when more changed than is worth catching up", () => {
    const head = journalHead(sqlite);
    sqlite.prepare("update indicator_values set value = value where rowid <= ?").run(MAX_CATCH_UP + 5);
    expect(changesSince(sqlite, head).complete).toBe(false);
  });
});

describe("reports caught up from the journal", () => {
  it("after a value changes, recomputes that indicator and keeps every other row as it was", () => {
    const before = provinceReport(db, { year: 2023, period: "6T" });
    bump("knxnk", 2023, "T05", 50_000);
    const after = provinceReport(db, { year: 2023, period: "6T" });
    const changed = after.filter((row, i) => row !== before[i]).map((r) => r.indicator.code);
    expect(changed).toEqual(["knxnk"]);
    expect(after.find((r) => r.indicator.code === "knxnk")!.value).toBeCloseTo(
      before.find((r) => r.indicator.code === "knxnk")!.value! + 5,
      6,
    );
    expectFresh(2023, "6T");
  });

  it("a change to last year's value reaches this year's comparison", () => {
    provinceReport(db, { year: 2024, period: "9T" });
    bump("ban_le", 2023, "T02", 123_000);
    expectFresh(2024, "9T");
  });

  it("keeps the entries read model in place for a value change and rebuilds it when what counts changes", () => {
    const first = loadEntries(db, [2024, 2023], "approved");
    bump("knxnk", 2024, "T01", 1);
    expect(loadEntries(db, [2024, 2023], "approved")).toBe(first);
    sqlite
      .prepare("update submissions set state = 'returned' where year = 2024 and month = 1 and state = 'approved'")
      .run();
    expect(loadEntries(db, [2024, 2023], "approved")).not.toBe(first);
    expectFresh(2024, "N", "approved");
  });

  it("is rebuilt after a target or the catalogue changes", () => {
    provinceReport(db, { year: 2024, period: "T07" });
    sqlite.prepare("update targets set value = value * 2 where indicator_id = ? and year = 2024").run(id("knxnk"));
    expectFresh(2024, "T07");
  });

  it("is rebuilt when the journal was pruned past it", () => {
    provinceReport(db, { year: 2023, period: "N", counting: "all" });
    bump("dn.moi", 2023, "T04", 20_000);
    sqlite.prepare("delete from data_changes").run();
    bump("dn.moi", 2023, "T04", 10_000);
    expectFresh(2023, "N", "all");
  });

  it("sees a deleted value", () => {
    provinceReport(db, { year: 2024, period: "6T", counting: "all" });
    // (revisions point at values; the product never deletes one, but a repair by hand may)
    sqlite.pragma("foreign_keys = OFF");
    sqlite
      .prepare("delete from indicator_values where indicator_id = ? and year = 2024 and period = 'T03'")
      .run(id("knxnk"));
    sqlite.pragma("foreign_keys = ON");
    expectFresh(2024, "6T", "all");
  });
});
