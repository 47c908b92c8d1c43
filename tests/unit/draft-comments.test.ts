import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { auditLog, draftComments } from "@/db/schema";
import { loadDemoProvince } from "@/db/seed/load-demo";
import type { CurrentUser } from "@/lib/auth/current-user";
import { currentUserOf } from "../fixtures/current-user";

let db: Db;
let signedIn: CurrentUser | null = null;

vi.mock("@/db/client", async (original) => {
  const actual = await original<typeof import("@/db/client")>();
  return { ...actual, getDb: () => db };
});
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { addDraftCommentAction, resolveDraftCommentAction, saveDraftAction } = await import("@/lib/draft/actions");
const { generateDraft } = await import("@/lib/draft/generate");
const { commentsForVersion } = await import("@/lib/draft/comments");
const { draftVersionInfo, listDraftVersions } = await import("@/lib/draft/versions");

const as = (username: string): CurrentUser => currentUserOf(db, username);

const ref = { year: 2024, period: "9T" as const, counting: "submitted" as const };
/** The next version of the period, saved by the planner on top of the latest. */
async function saveVersion(): Promise<number> {
  signedIn = as("tonghop");
  const baseVersionId = listDraftVersions(db, ref.year, ref.period)[0]?.id ?? null;
  const doc = generateDraft(db, ref);
  const saved = await saveDraftAction({
    ...ref,
    baseVersionId,
    generatedAt: doc.generatedAt,
    blocks: doc.blocks,
    missing: doc.missing,
    note: "",
  });
  if (!saved.ok) throw new Error(saved.error);
  return (saved.data as { id: number }).id;
}
const audits = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();
const firstHeading = () => generateDraft(db, ref).blocks.find((b) => b.type === "heading" && b.level === 2)!;

beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
});
beforeEach(() => {
  signedIn = null;
});

describe("leaders' comments on the draft (góp ý)", () => {
  it("a leader comments on a version's heading: stored with the heading's text and audited", async () => {
    const v1 = await saveVersion();
    const heading = firstHeading();
    signedIn = as("lanhdao");
    const added = await addDraftCommentAction({ versionId: v1, blockId: heading.id, text: "  Bổ sung số liệu  " });
    expect(added.ok).toBe(true);
    const comments = commentsForVersion(db, draftVersionInfo(db, v1)!);
    expect(comments).toEqual([
      expect.objectContaining({
        text: "Bổ sung số liệu",
        blockId: heading.id,
        quote: heading.type === "heading" ? heading.text : null,
        authorName: as("lanhdao").fullName,
        versionNumber: 1,
        resolvedAt: null,
      }),
    ]);
    expect(audits("draft_comment_add").at(-1)).toMatchObject({ userId: as("lanhdao").id, entityId: "2024:9T" });
  });

  it("refuses an empty comment, a heading not in the version and an unknown version, with the field named", async () => {
    const v = await saveVersion();
    signedIn = as("lanhdao");
    const before = db.select().from(draftComments).all().length;
    const empty = await addDraftCommentAction({ versionId: v, text: "   " });
    expect(empty).toMatchObject({ ok: false, status: 422, fieldErrors: { text: "Hãy nhập nội dung góp ý" } });
    const heading = await addDraftCommentAction({ versionId: v, blockId: "no-such-block", text: "x" });
    expect(heading).toMatchObject({ ok: false, status: 422, fieldErrors: { blockId: "Mục không tồn tại" } });
    const unknown = await addDraftCommentAction({ versionId: 999_999, text: "x" });
    expect(unknown).toMatchObject({ ok: false, status: 404 });
    expect(db.select().from(draftComments).all().length).toBe(before);
  });

  it("only leaders comment and only planners and admins mark done", async () => {
    const v = await saveVersion();
    for (const username of ["tonghop", "admin", "sct.canbo"]) {
      signedIn = as(username);
      expect(await addDraftCommentAction({ versionId: v, text: "x" })).toMatchObject({ ok: false, status: 403 });
    }
    signedIn = as("lanhdao");
    const added = await addDraftCommentAction({ versionId: v, text: "Xem lại mục II" });
    const id = added.ok ? (added.data as { id: number }).id : -1;
    expect(await resolveDraftCommentAction({ commentId: id })).toMatchObject({ ok: false, status: 403 });
  });

  it("an open comment stays shown on later versions until a planner marks it done; done twice is a conflict", async () => {
    const v1 = await saveVersion();
    signedIn = as("lanhdao");
    const added = await addDraftCommentAction({ versionId: v1, text: "Làm rõ nguyên nhân giảm" });
    const id = added.ok ? (added.data as { id: number }).id : -1;
    const v2 = await saveVersion();
    const onV2 = commentsForVersion(db, draftVersionInfo(db, v2)!);
    expect(onV2.map((c) => c.id)).toContain(id);

    signedIn = as("tonghop");
    const resolved = await resolveDraftCommentAction({ commentId: id });
    expect(resolved.ok).toBe(true);
    expect(audits("draft_comment_resolve").at(-1)).toMatchObject({ userId: as("tonghop").id });
    // done: gone from the later version, kept (as done) on the version it was made on
    expect(commentsForVersion(db, draftVersionInfo(db, v2)!).map((c) => c.id)).not.toContain(id);
    expect(commentsForVersion(db, draftVersionInfo(db, v1)!).find((c) => c.id === id)).toMatchObject({
      resolvedByName: as("tonghop").fullName,
    });
    signedIn = as("admin");
    expect(await resolveDraftCommentAction({ commentId: id })).toMatchObject({ ok: false, status: 409 });
  });
});
