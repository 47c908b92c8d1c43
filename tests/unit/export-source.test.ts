import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { draftVersions, users } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { generateDraft } from "@/lib/draft/generate";
import { exportSource } from "@/lib/export/source";
import { eq } from "drizzle-orm";

let db: Db;
let savedId: number;

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  const planner = db.select().from(users).where(eq(users.username, "tonghop")).get()!;
  const content = generateDraft(db, { year: 2023, period: "6T", counting: "submitted" });
  content.subject = "bản đã sửa";
  savedId = db.insert(draftVersions).values({ year: 2023, period: "6T", counting: "submitted", number: 1, content, createdBy: planner.id }).returning().get().id;
});

describe("what an export renders", () => {
  it("renders the generated draft without a version", () => {
    expect(exportSource(db, { year: 2023, period: "6T", counting: "submitted" })!.subject).toContain("6 tháng đầu năm 2023");
  });
  it("renders a saved version of the same year and period", () => {
    expect(exportSource(db, { year: 2023, period: "6T", counting: "submitted", version: String(savedId) })!.subject).toBe("bản đã sửa");
  });
  it.each([["999999"], ["abc"], ["0"]])("finds no version %s", (version) => {
    expect(exportSource(db, { year: 2023, period: "6T", counting: "submitted", version })).toBeNull();
  });
  it("refuses a version of another period", () => {
    expect(exportSource(db, { year: 2023, period: "9T", counting: "submitted", version: String(savedId) })).toBeNull();
  });
});
