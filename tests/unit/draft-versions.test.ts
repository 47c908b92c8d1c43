import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, draftVersions, indicatorValues, indicators } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { DraftBlock, ParagraphBlock } from "@/lib/draft/model";
import { currentUserOf } from "../fixtures/current-user";

let db: Db;
let signedIn: CurrentUser | null = null;

vi.mock("@/db/client", async (original) => {
  const actual = await original<typeof import("@/db/client")>();
  return { ...actual, getDb: () => db };
});
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { finalizeDraftAction, figureEntriesAction, regenerateSectionAction, saveDraftAction } =
  await import("@/lib/draft/actions");
const { generateDraft } = await import("@/lib/draft/generate");
const { listDraftVersions, loadDraftVersion, latestFinalVersion, withEmptySections } =
  await import("@/lib/draft/versions");
const { currentSnapshot } = await import("@/lib/draft/current-data");
const { finalDifferences } = await import("@/lib/draft/final-diff");

const as = (username: string): CurrentUser => currentUserOf(db, username);

const ref = { year: 2023, period: "6T" as const, counting: "submitted" as const };
const saveInput = (baseVersionId: number | null, note = "") => {
  const doc = generateDraft(db, ref);
  return { ...ref, baseVersionId, generatedAt: doc.generatedAt, blocks: doc.blocks, missing: doc.missing, note };
};
const audits = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
});
beforeEach(() => {
  signedIn = null;
});

describe("saving draft versions", () => {
  it("saves numbered versions with who and note, each audited", async () => {
    signedIn = as("tonghop");
    const first = await saveDraftAction(saveInput(null, "Bản đầu"));
    expect(first).toMatchObject({ ok: true, data: { number: 1 } });
    const input = saveInput(first.ok ? first.data.id : null, "Sửa kim ngạch");
    const block = input.blocks.find((b) => b.id === "i:knxnk") as ParagraphBlock;
    block.runs.find((r) => r.figure?.field === "value")!.text = "2.300 triệu USD";
    const second = await saveDraftAction(input);
    expect(second).toMatchObject({ ok: true, data: { number: 2 } });
    const versions = listDraftVersions(db, 2023, "6T");
    expect(versions.map((v) => [v.number, v.note, v.createdByName, v.basedOn])).toEqual([
      [2, "Sửa kim ngạch", as("tonghop").fullName, first.ok ? first.data.id : null],
      [1, "Bản đầu", as("tonghop").fullName, null],
    ]);
    const saved = loadDraftVersion(db, versions[0].id)!;
    const run = (saved.blocks.find((b) => b.id === "i:knxnk") as ParagraphBlock).runs.find(
      (r) => r.figure?.field === "value",
    )!;
    expect(run).toMatchObject({
      text: "2.300 triệu USD",
      figure: { indicator: "knxnk", generated: "2.285 triệu USD" },
    });
    expect(saved.summary.length).toBeGreaterThan(0);
    expect(audits("draft_save")).toHaveLength(2);
  });

  it("refuses to save on top of a stale version, naming who saved in between, and writes nothing", async () => {
    signedIn = as("admin");
    const [latest, previous] = listDraftVersions(db, 2023, "6T");
    const result = await saveDraftAction(saveInput(previous.id));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(409);
      expect(result.error).toContain(`Phiên bản ${latest.number} đã được ${latest.createdByName}`);
    }
    const fresh = await saveDraftAction(saveInput(null));
    expect(fresh.ok).toBe(false);
    expect(listDraftVersions(db, 2023, "6T")).toHaveLength(2);
    expect(audits("draft_save")).toHaveLength(2);
  });

  it("refuses bad content with a message naming the field", async () => {
    signedIn = as("tonghop");
    const result = await saveDraftAction({ ...saveInput(listDraftVersions(db, 2023, "6T")[0].id), blocks: [] });
    expect(result).toMatchObject({ ok: false, status: 422, error: "Dự thảo trống" });
    const period = await saveDraftAction({ ...saveInput(null), period: "T13" });
    expect(period).toMatchObject({ ok: false, status: 422, error: "Kỳ báo cáo không hợp lệ" });
    const when = await saveDraftAction({ ...saveInput(null), generatedAt: "hôm qua" });
    expect(when).toMatchObject({ ok: false, status: 422, error: "Thời điểm tạo dự thảo không hợp lệ" });
    const heading = await saveDraftAction({
      ...saveInput(listDraftVersions(db, 2023, "6T")[0].id),
      blocks: [{ id: "s:I", type: "heading", level: 4, section: "I", text: "I." }],
    });
    expect(heading).toMatchObject({ ok: false, status: 422 });
    expect(listDraftVersions(db, 2023, "6T")).toHaveLength(2);
  });
});

describe("empty sections of saved versions", () => {
  it("reads each version's own document: a section emptied in one version is named for that one only", async () => {
    signedIn = as("tonghop");
    const ref9 = { year: 2023, period: "9T" as const, counting: "submitted" as const };
    const doc = generateDraft(db, ref9);
    // fill every heading so that the first version has no empty section at all
    const filled = doc.blocks.flatMap((b): DraftBlock[] =>
      b.type === "heading"
        ? [
            b,
            {
              id: `t:fill-${b.id}`,
              type: "paragraph",
              section: b.section,
              origin: "text",
              runs: [{ text: "Nội dung." }],
            },
          ]
        : [b],
    );
    const first = await saveDraftAction({
      ...ref9,
      baseVersionId: null,
      generatedAt: doc.generatedAt,
      blocks: filled,
      missing: doc.missing,
    });
    expect(first.ok).toBe(true);
    // the second empties section 3.5: its heading keeps nothing under it
    const heading = filled.findIndex((b) => b.type === "heading" && b.section === "I.3.5");
    const next = filled.findIndex((b, i) => i > heading && b.type === "heading");
    const emptied = [...filled.slice(0, heading + 1), ...filled.slice(next)];
    const second = await saveDraftAction({
      ...ref9,
      baseVersionId: first.ok ? first.data.id : null,
      generatedAt: doc.generatedAt,
      blocks: emptied,
      missing: doc.missing,
    });
    expect(second.ok).toBe(true);
    const listed = withEmptySections(db, listDraftVersions(db, 2023, "9T"));
    expect(listed.map((v) => [v.number, v.emptySections.map((s) => s.blockId)])).toEqual([
      [2, [filled[heading].id]],
      [1, []],
    ]);
    expect(withEmptySections(db, [])).toEqual([]);
  });
});

describe("who may do what", () => {
  it("refuses department users every draft action, and leaders editing", async () => {
    for (const username of ["sct.canbo", "sct.lanhdao"]) {
      signedIn = as(username);
      expect(await saveDraftAction(saveInput(null))).toMatchObject({ ok: false, status: 403 });
      expect(await regenerateSectionAction({ ...ref, section: "I.3" })).toMatchObject({ ok: false, status: 403 });
      expect(await finalizeDraftAction({ versionId: 1 })).toMatchObject({ ok: false, status: 403 });
      expect(
        await figureEntriesAction({ indicator: "knxnk", year: 2023, period: "6T", counting: "submitted" }),
      ).toMatchObject({ ok: false, status: 403 });
    }
    signedIn = as("lanhdao");
    expect(await saveDraftAction(saveInput(null))).toMatchObject({ ok: false, status: 403 });
    expect(await regenerateSectionAction({ ...ref, section: "I.3" })).toMatchObject({ ok: false, status: 403 });
    signedIn = as("tonghop");
    expect(await finalizeDraftAction({ versionId: 1 })).toMatchObject({ ok: false, status: 403 });
    signedIn = null;
    expect(await saveDraftAction(saveInput(null))).toMatchObject({ ok: false, status: 401 });
    expect(
      db
        .select()
        .from(draftVersions)
        .all()
        .every((v) => !v.final),
    ).toBe(true);
  });
});

describe("regenerating a section and the entries behind a figure", () => {
  it("gives the section's fresh blocks, audited", async () => {
    signedIn = as("tonghop");
    const result = await regenerateSectionAction({ ...ref, section: "I.3" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.blocks[0]).toMatchObject({ id: "s:I.3", type: "heading" });
      expect(result.data.blocks.every((b) => b.section === "I.3")).toBe(true);
    }
    expect(audits("draft_regenerate_section").at(-1)).toMatchObject({ entityId: "2023:6T" });
    expect(await regenerateSectionAction({ ...ref, section: "IX" })).toMatchObject({ ok: false, status: 404 });
  });

  it("lists the entries a figure is made of, with who and the submission's state", async () => {
    signedIn = as("lanhdao");
    const result = await figureEntriesAction({ indicator: "knxnk", year: 2023, period: "6T", counting: "submitted" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.sources.length).toBeGreaterThan(0);
      const thisYear = result.data.entries.filter((e) => e.year === 2023);
      expect(thisYear.map((e) => e.period).sort()).toEqual([...result.data.sources].sort());
      expect(thisYear.every((e) => e.submissionState === "approved")).toBe(true);
    }
  });
});

describe("final version", () => {
  it("a leader marks a version final once; a later change in the data shows as a difference", async () => {
    const ref24 = { year: 2024, period: "N" as const, counting: "all" as const };
    signedIn = as("tonghop");
    const doc = generateDraft(db, ref24);
    const saved = await saveDraftAction({
      ...ref24,
      baseVersionId: null,
      generatedAt: doc.generatedAt,
      blocks: doc.blocks,
      missing: doc.missing,
    });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.data.id : 0;
    signedIn = as("lanhdao");
    expect(await finalizeDraftAction({ versionId: id })).toMatchObject({ ok: true, data: { final: true, number: 1 } });
    expect(await finalizeDraftAction({ versionId: id })).toMatchObject({ ok: false, status: 409 });
    expect(audits("draft_finalize")).toHaveLength(1);
    const final = latestFinalVersion(db, 2024, "N")!;
    expect(finalDifferences(final.snapshot, currentSnapshot(db, ref24))).toEqual([]);

    const ind = db.select().from(indicators).where(eq(indicators.code, "an.buon_lau")).get()!;
    const value = db
      .select()
      .from(indicatorValues)
      .where(
        and(eq(indicatorValues.indicatorId, ind.id), eq(indicatorValues.year, 2024), eq(indicatorValues.period, "T12")),
      )
      .get()!;
    db.update(indicatorValues)
      .set({ value: value.value + 1_000_000 })
      .where(eq(indicatorValues.id, value.id))
      .run();
    const diff = finalDifferences(final.snapshot, currentSnapshot(db, ref24));
    const row = diff.find((d) => d.indicator === "an.buon_lau" && d.field === "value")!;
    expect(row.currentValue! - row.finalValue!).toBeCloseTo(100, 6);
    expect(row.finalText).not.toBe(row.currentText);
  });
});
