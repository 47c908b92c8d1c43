import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { draftVersions, users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import type { PeriodCode } from "@/lib/periods";
import { emptySections, type EmptySection } from "./empty-sections";
import type { DraftDocument } from "./model";
import type { saveDraftSchema } from "./schemas";
import type { FigureSnapshot } from "./snapshot";
import { formatViDateTime } from "@/lib/text/datetime";

export interface DraftVersionInfo {
  id: number;
  year: number;
  period: PeriodCode;
  counting: DraftDocument["counting"];
  number: number;
  basedOn: number | null;
  note: string | null;
  createdByName: string | null;
  createdAt: string;
  final: boolean;
  finalizedByName: string | null;
  finalizedAt: string | null;
}

const finalizer = alias(users, "finalizer");

const infoColumns = {
  id: draftVersions.id,
  year: draftVersions.year,
  period: draftVersions.period,
  counting: draftVersions.counting,
  number: draftVersions.number,
  basedOn: draftVersions.basedOn,
  note: draftVersions.note,
  createdByName: users.fullName,
  createdAt: draftVersions.createdAt,
  final: draftVersions.final,
  finalizedByName: finalizer.fullName,
  finalizedAt: draftVersions.finalizedAt,
};

function infoQuery(db: Db | Tx) {
  return db
    .select(infoColumns)
    .from(draftVersions)
    .leftJoin(users, eq(users.id, draftVersions.createdBy))
    .leftJoin(finalizer, eq(finalizer.id, draftVersions.finalizedBy));
}

/** The versions of a period's draft, newest first. */
export function listDraftVersions(db: Db | Tx, year: number, period: string): DraftVersionInfo[] {
  return infoQuery(db)
    .where(and(eq(draftVersions.year, year), eq(draftVersions.period, period)))
    .orderBy(desc(draftVersions.number))
    .all() as DraftVersionInfo[];
}

export function draftVersionInfo(db: Db | Tx, id: number): DraftVersionInfo | null {
  return (infoQuery(db).where(eq(draftVersions.id, id)).get() as DraftVersionInfo | undefined) ?? null;
}

/** A saved version's document (what the exports render), or null. */
export function loadDraftVersion(db: Db | Tx, id: number): DraftDocument | null {
  return (
    db.select({ content: draftVersions.content }).from(draftVersions).where(eq(draftVersions.id, id)).get()?.content ??
    null
  );
}

/** A listed version with the sections it would be exported with empty (asked about before its download). */
export type DraftVersionListed = DraftVersionInfo & { emptySections: EmptySection[] };

/** The versions with their empty sections, read from their stored documents. */
export function withEmptySections(db: Db | Tx, versions: DraftVersionInfo[]): DraftVersionListed[] {
  if (versions.length === 0) return [];
  const rows = db
    .select({ id: draftVersions.id, content: draftVersions.content })
    .from(draftVersions)
    .where(
      inArray(
        draftVersions.id,
        versions.map((v) => v.id),
      ),
    )
    .all();
  const empty = new Map(rows.map((r) => [r.id, emptySections(r.content.blocks)]));
  return versions.map((v) => ({ ...v, emptySections: empty.get(v.id) ?? [] }));
}

/** The most recently finalized version of a period, with its frozen figures. */
export function latestFinalVersion(
  db: Db | Tx,
  year: number,
  period: string,
): { id: number; number: number; snapshot: FigureSnapshot } | null {
  const row = db
    .select({ id: draftVersions.id, number: draftVersions.number, snapshot: draftVersions.finalSnapshot })
    .from(draftVersions)
    .where(and(eq(draftVersions.year, year), eq(draftVersions.period, period), eq(draftVersions.final, true)))
    .orderBy(desc(draftVersions.finalizedAt), desc(draftVersions.number))
    .get();
  return row && row.snapshot ? { id: row.id, number: row.number, snapshot: row.snapshot } : null;
}

/**
 * Saves the edited draft as the period's next version. The editor names the version it was
 * opened from; if someone saved another version since, nothing is written and the planner
 * is told who saved it and when (never overwritten). `generate` gives the draft of the same
 * year, period and counting from the data now (its subject and biểu tổng hợp are stored with
 * the edited blocks). Audited in the caller's transaction.
 */
export function saveDraftVersion(
  tx: Tx,
  userId: number,
  input: z.infer<typeof saveDraftSchema>,
  generate: () => DraftDocument,
): { id: number; number: number } {
  const latest = listDraftVersions(tx, input.year, input.period)[0];
  if (latest && latest.id !== input.baseVersionId) {
    throw new DomainError(
      409,
      `Phiên bản ${latest.number} đã được ${latest.createdByName ?? "người khác"} lưu lúc ${formatViDateTime(latest.createdAt)} sau khi anh/chị mở dự thảo. Nội dung của anh/chị chưa được lưu: hãy mở phiên bản ${latest.number} và sửa lại trên đó.`,
      undefined,
      { latest },
    );
  }
  if (!latest && input.baseVersionId !== null) throw new DomainError(404, "Không tìm thấy phiên bản đang sửa");
  // subject and the biểu tổng hợp (not edited here) come from the data at the time of saving
  const fresh = generate();
  const content: DraftDocument = {
    ...fresh,
    generatedAt: input.generatedAt,
    blocks: input.blocks as DraftDocument["blocks"],
    missing: input.missing,
  };
  const number = (latest?.number ?? 0) + 1;
  const row = tx
    .insert(draftVersions)
    .values({
      year: input.year,
      period: input.period,
      counting: input.counting,
      number,
      content,
      basedOn: latest?.id ?? null,
      note: input.note || null,
      createdBy: userId,
    })
    .returning({ id: draftVersions.id })
    .get();
  writeAudit(tx, {
    userId,
    action: "draft_save",
    entity: "draft_version",
    entityId: row.id,
    before: latest ? { version: latest.number, id: latest.id } : null,
    after: { year: input.year, period: input.period, version: number, blocks: input.blocks.length },
    reason: input.note || null,
  });
  return { id: row.id, number };
}

/** Marks a version final (chốt) with its figures frozen; a final version stays final. */
export function finalizeDraftVersion(
  tx: Tx,
  userId: number,
  versionId: number,
  snapshot: (version: DraftVersionInfo) => FigureSnapshot,
): DraftVersionInfo {
  const version = draftVersionInfo(tx, versionId);
  if (!version) throw new DomainError(404, "Không tìm thấy phiên bản dự thảo");
  if (version.final)
    throw new DomainError(
      409,
      `Phiên bản ${version.number} đã được chốt lúc ${formatViDateTime(version.finalizedAt!)} bởi ${version.finalizedByName ?? "người khác"}`,
    );
  const frozen = snapshot(version);
  tx.update(draftVersions)
    .set({ final: true, finalizedBy: userId, finalizedAt: new Date().toISOString(), finalSnapshot: frozen })
    .where(eq(draftVersions.id, versionId))
    .run();
  writeAudit(tx, {
    userId,
    action: "draft_finalize",
    entity: "draft_version",
    entityId: versionId,
    before: { final: false },
    after: {
      final: true,
      year: version.year,
      period: version.period,
      version: version.number,
      figures: frozen.figures.length,
    },
  });
  return draftVersionInfo(tx, versionId)!;
}

/** The most recently saved versions of every period of the given years (those the reader may see: visiblePlanYears). */
export function recentDraftVersions(db: Db | Tx, years: readonly number[], limit = 10): DraftVersionInfo[] {
  return infoQuery(db)
    .where(inArray(draftVersions.year, [...years]))
    .orderBy(desc(draftVersions.id))
    .limit(limit)
    .all() as DraftVersionInfo[];
}
