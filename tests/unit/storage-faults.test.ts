import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// the app's own process-wide connection, on a database of this test
process.env.DATABASE_URL = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-faults-")), "app.db")}`;

const session = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("@/lib/auth/current-user", () => ({
  currentUser: async () => session.user,
  requestUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { getConnection } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { saveMonthValuesAction } from "@/lib/entry/actions";
import { STORAGE_UNAVAILABLE } from "@/lib/ops/storage-error";
import { PUT } from "@/lib/api/v1/routes/submission-values";

/**
 * A full disk (SQLITE_FULL, made with max_page_count) and a read-only database (query_only:
 * SQLITE_READONLY) under the real mutation paths: a clear 503 naming the problem, nothing
 * partial, and the same request succeeds once space returns.
 */
let codes: string[];
const { sqlite, db } = getConnection();

beforeAll(() => {
  loadDemoProvince(db);
  const officer = sqlite
    .prepare(
      "select u.id, u.username, u.full_name as fullName, u.role, u.department_id as departmentId, d.code as departmentCode, d.name as departmentName from users u join departments d on d.id = u.department_id where u.username = 'vpubnd.canbo'",
    )
    .get() as { departmentId: number };
  session.user = officer;
  codes = (
    sqlite
      .prepare(
        "select i.code from indicator_assignments a join indicators i on i.id = a.indicator_id where a.department_id = ? and a.year = 2024 and i.kind = 'cumulative'",
      )
      .all(officer.departmentId) as { code: string }[]
  ).map((r) => r.code);
});

beforeEach(() => {
  sqlite.pragma("query_only = OFF");
  sqlite.pragma("max_page_count = 1073741823");
});

/** Everything a save writes: values, their revisions, submissions and the audit log. */
function state(): string {
  return JSON.stringify(
    ["indicator_values", "value_revisions", "submissions", "audit_log"].map((t) =>
      sqlite.prepare(`select count(*) as n, total(rowid) as s from ${t}`).get(),
    ),
  );
}

// forced: these saves overwrite the demo's figures without reading their versions first
const bigSave = (round: number) => ({
  force: true,
  values: codes.map((indicator) => ({
    indicator,
    period: "T12",
    value: String(100 + round),
    status: "estimate",
    note: `Ghi chú ${round} `.repeat(150),
  })),
});

const put = (body: unknown) =>
  PUT(
    new Request("http://localhost/api/v1/submissions/vpubnd/2024/12/values", {
      method: "PUT",
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ dept: "vpubnd", year: "2024", month: "12" }) },
  );

describe("the disk fills up or turns read-only during a save", () => {
  it("has enough indicators to need new pages", () => {
    expect(codes.length).toBeGreaterThanOrEqual(3);
  });

  it("API: a full disk is a clear 503 with nothing stored; the same save succeeds when space returns", async () => {
    const before = state();
    sqlite.pragma(`max_page_count = ${sqlite.pragma("page_count", { simple: true })}`);
    const refused = await put(bigSave(1));
    expect(refused.status).toBe(503);
    expect((await refused.json()).error).toBe(STORAGE_UNAVAILABLE);
    expect(state()).toBe(before);

    sqlite.pragma("max_page_count = 1073741823");
    const saved = await put(bigSave(1));
    expect(saved.status).toBe(200);
    expect((await saved.json()).values).toHaveLength(codes.length);
    expect(state()).not.toBe(before);
  });

  it("server action: a read-only database is a clear refusal with nothing stored; it recovers when writable again", async () => {
    const input = { department: "vpubnd", year: 2024, month: 12, ...bigSave(2) };
    const before = state();
    sqlite.pragma("query_only = ON");
    const refused = await saveMonthValuesAction(input);
    expect(refused).toMatchObject({ ok: false, status: 503, error: STORAGE_UNAVAILABLE });
    sqlite.pragma("query_only = OFF");
    expect(state()).toBe(before);
    expect(await saveMonthValuesAction(input)).toMatchObject({ ok: true });
  });

  it("the database is sound afterwards", () => {
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
