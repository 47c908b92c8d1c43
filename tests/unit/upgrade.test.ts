import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/path";
import { migrationState } from "@/lib/ops/health";
import { fingerprintTable, type TableFingerprint } from "../fixtures/upgrade/fingerprint";

/**
 * Upgrade: every committed fixture (a database made by an earlier migration set, with data)
 * is migrated by the current code, and every table's rows are still exactly there.
 * A migration that changes stored data on purpose declares it here, with the reason.
 */
const INTENDED_CHANGES: Record<string, string> = {
  // "table.column": "why the migration rewrites it",
};

const FIXTURES = path.resolve(__dirname, "../fixtures/upgrade");
const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".db.gz"));

interface Manifest {
  migrations: { hash: string; created_at: number }[];
  tables: Record<string, TableFingerprint>;
}

function journal(): { tag: string; when: number }[] {
  return JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")).entries;
}

describe("upgrading a database made by an earlier migration set", () => {
  it("has at least one fixture", () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    const name = fixture.replace(/\.db\.gz$/, "");
    const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), "utf8")) as Manifest;

    it(`${name}: released migrations are unchanged (a released migration is never edited)`, () => {
      const entries = journal();
      for (const applied of manifest.migrations) {
        const entry = entries.find((e) => e.when === Number(applied.created_at));
        expect(entry, `migration of ${applied.created_at} is gone from the journal`).toBeDefined();
        const sql = fs.readFileSync(path.join(MIGRATIONS_FOLDER, `${entry!.tag}.sql`), "utf8");
        expect(
          crypto.createHash("sha256").update(sql).digest("hex"),
          `${entry!.tag}.sql was edited after release`,
        ).toBe(applied.hash);
      }
    });

    it(`${name}: migrates to the current schema with every row intact`, () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-upgrade-")), "app.db");
      fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(path.join(FIXTURES, fixture))));
      const { db, sqlite } = openDatabase(file);
      try {
        migrateDatabase(db);
        expect(migrationState(sqlite).pending).toBe(0);
        expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(sqlite.pragma("foreign_key_check")).toEqual([]);
        for (const [table, before] of Object.entries(manifest.tables)) {
          const columns = before.columns.filter((c) => !INTENDED_CHANGES[`${table}.${c}`]);
          const current = new Set(
            (sqlite.prepare("select name from pragma_table_info(?)").all(table) as { name: string }[]).map(
              (c) => c.name,
            ),
          );
          const lost = columns.filter((c) => !current.has(c));
          expect(lost, `${table}: columns gone after migrating (declare in INTENDED_CHANGES with the reason)`).toEqual(
            [],
          );
          const after = fingerprintTable(sqlite, table, columns);
          expect(after.rows, `${table}: row count`).toBe(before.rows);
          if (columns.length === before.columns.length)
            expect(after.sha256, `${table}: rows changed by the migration`).toBe(before.sha256);
        }
      } finally {
        sqlite.close();
      }
    });
  }
});
