import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { draftVersions, users } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { generateDraft } from "@/lib/draft/generate";
import type { DraftDocument } from "@/lib/draft/model";
import { exportSource } from "@/lib/export/source";
import { eq } from "drizzle-orm";

let db: Db;
let firstId: number;
let secondId: number;

const paragraphs = (doc: DraftDocument) =>
  doc.blocks.flatMap((b) => (b.type === "paragraph" ? [b.runs.map((r) => r.text).join("")] : []));

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
  const planner = db.select().from(users).where(eq(users.username, "tonghop")).get()!;
  const save = (number: number, edit: (doc: DraftDocument) => void) => {
    const content = generateDraft(db, { year: 2023, period: "6T", counting: "submitted" });
    edit(content);
    return db
      .insert(draftVersions)
      .values({ year: 2023, period: "6T", counting: "submitted", number, content, createdBy: planner.id })
      .returning()
      .get().id;
  };
  firstId = save(1, (doc) => {
    doc.subject = "bản đã sửa";
    doc.blocks.push({
      id: "t:first",
      type: "paragraph",
      section: null,
      origin: "text",
      runs: [{ text: "Đoạn chỉ có ở phiên bản 1." }],
    });
  });
  secondId = save(2, (doc) => {
    doc.blocks.push({
      id: "t:second",
      type: "paragraph",
      section: null,
      origin: "text",
      runs: [{ text: "Đoạn chỉ có ở phiên bản 2." }],
    });
  });
});

describe("what an export renders", () => {
  it("renders the draft generated from the data without a version, and says so", () => {
    const source = exportSource(db, { year: 2023, period: "6T", counting: "submitted" })!;
    expect(source.draft.subject).toContain("6 tháng đầu năm 2023");
    expect(source.origin).toEqual({ kind: "generated" });
    expect(paragraphs(source.draft).join("\n")).not.toContain("Đoạn chỉ có ở phiên bản");
  });

  it("renders THAT saved version's document, with its number", () => {
    const first = exportSource(db, { year: 2023, period: "6T", counting: "submitted", version: String(firstId) })!;
    expect(first.draft.subject).toBe("bản đã sửa");
    expect(first.origin).toEqual({ kind: "version", number: 1 });
    expect(paragraphs(first.draft)).toContain("Đoạn chỉ có ở phiên bản 1.");
    expect(paragraphs(first.draft)).not.toContain("Đoạn chỉ có ở phiên bản 2.");

    const second = exportSource(db, { year: 2023, period: "6T", counting: "submitted", version: String(secondId) })!;
    expect(second.origin).toEqual({ kind: "version", number: 2 });
    expect(paragraphs(second.draft)).toContain("Đoạn chỉ có ở phiên bản 2.");
  });

  it.each([["999999"], ["abc"], ["0"]])("finds no version %s", (version) => {
    expect(exportSource(db, { year: 2023, period: "6T", counting: "submitted", version })).toBeNull();
  });

  it("refuses a version of another period or year", () => {
    expect(exportSource(db, { year: 2023, period: "9T", counting: "submitted", version: String(firstId) })).toBeNull();
    expect(exportSource(db, { year: 2024, period: "6T", counting: "submitted", version: String(firstId) })).toBeNull();
  });
});
