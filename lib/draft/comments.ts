import "server-only";
import { and, asc, eq, isNull, lte, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { draftComments, draftVersions, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { DomainError } from "@/lib/errors";
import type { addDraftCommentSchema, resolveDraftCommentSchema } from "./comment-schemas";
import type { DraftDocument } from "./model";

export interface DraftComment {
  id: number;
  versionId: number;
  versionNumber: number;
  blockId: string | null;
  quote: string | null;
  text: string;
  authorName: string;
  createdAt: string;
  resolvedByName: string | null;
  resolvedAt: string | null;
}

const resolver = alias(users, "resolver");

/**
 * The comments a version of a period's draft shows: its own, and the comments on its earlier
 * versions that are still open (a planner answers them in a later version), oldest first.
 */
export function commentsForVersion(
  db: Db | Tx,
  version: { id: number; year: number; period: string; number: number },
): DraftComment[] {
  return db
    .select({
      id: draftComments.id,
      versionId: draftComments.versionId,
      versionNumber: draftVersions.number,
      blockId: draftComments.blockId,
      quote: draftComments.quote,
      text: draftComments.text,
      authorName: users.fullName,
      createdAt: draftComments.createdAt,
      resolvedByName: resolver.fullName,
      resolvedAt: draftComments.resolvedAt,
    })
    .from(draftComments)
    .innerJoin(draftVersions, eq(draftVersions.id, draftComments.versionId))
    .innerJoin(users, eq(users.id, draftComments.authorId))
    .leftJoin(resolver, eq(resolver.id, draftComments.resolvedBy))
    .where(
      and(
        eq(draftVersions.year, version.year),
        eq(draftVersions.period, version.period),
        or(
          eq(draftComments.versionId, version.id),
          and(lte(draftVersions.number, version.number), isNull(draftComments.resolvedAt)),
        ),
      ),
    )
    .orderBy(asc(draftComments.id))
    .all();
}

/** The heading a comment names, as it reads in the version (null: the whole báo cáo). */
function headingOf(content: DraftDocument, blockId: string | null): string | null {
  if (blockId === null) return null;
  const block = content.blocks.find((b) => b.id === blockId && b.type === "heading");
  if (!block || block.type !== "heading")
    throw new DomainError(422, "Mục được góp ý không có trong phiên bản này", { blockId: "Mục không tồn tại" });
  return block.text;
}

/** A leader's comment on a saved version, with its audit entry. */
export function addDraftComment(tx: Tx, userId: number, input: z.output<typeof addDraftCommentSchema>) {
  const version = tx
    .select({
      id: draftVersions.id,
      year: draftVersions.year,
      period: draftVersions.period,
      number: draftVersions.number,
      content: draftVersions.content,
    })
    .from(draftVersions)
    .where(eq(draftVersions.id, input.versionId))
    .get();
  if (!version)
    throw new DomainError(404, "Không tìm thấy phiên bản dự thảo", { versionId: "Phiên bản không tồn tại" });
  const quote = headingOf(version.content, input.blockId);
  const row = tx
    .insert(draftComments)
    .values({ versionId: version.id, blockId: input.blockId, quote, text: input.text, authorId: userId })
    .returning({ id: draftComments.id })
    .get();
  writeAudit(tx, {
    userId,
    action: "draft_comment_add",
    entity: "draft",
    entityId: `${version.year}:${version.period}`,
    after: { comment: row.id, version: version.number, heading: quote, text: input.text },
  });
  return { id: row.id, year: version.year, period: version.period, versionNumber: version.number, quote };
}

/** The year of the version a comment is on (undefined: no such comment). */
export function commentYear(tx: Tx, commentId: number): number | undefined {
  return tx
    .select({ year: draftVersions.year })
    .from(draftComments)
    .innerJoin(draftVersions, eq(draftVersions.id, draftComments.versionId))
    .where(eq(draftComments.id, commentId))
    .get()?.year;
}

/** A planner marks a comment done; a comment already done is a conflict (someone else did it). */
export function resolveDraftComment(tx: Tx, userId: number, input: z.output<typeof resolveDraftCommentSchema>) {
  const comment = tx
    .select({
      id: draftComments.id,
      resolvedAt: draftComments.resolvedAt,
      year: draftVersions.year,
      period: draftVersions.period,
      text: draftComments.text,
    })
    .from(draftComments)
    .innerJoin(draftVersions, eq(draftVersions.id, draftComments.versionId))
    .where(eq(draftComments.id, input.commentId))
    .get();
  if (!comment) throw new DomainError(404, "Không tìm thấy góp ý", { commentId: "Góp ý không tồn tại" });
  if (comment.resolvedAt) throw new DomainError(409, "Góp ý này đã được đánh dấu xử lý");
  const resolvedAt = new Date().toISOString();
  tx.update(draftComments)
    .set({ resolvedBy: userId, resolvedAt })
    .where(and(eq(draftComments.id, comment.id), isNull(draftComments.resolvedAt)))
    .run();
  writeAudit(tx, {
    userId,
    action: "draft_comment_resolve",
    entity: "draft",
    entityId: `${comment.year}:${comment.period}`,
    before: { comment: comment.id, text: comment.text },
    after: { comment: comment.id, resolved: true },
  });
  return { id: comment.id, resolvedAt };
}
