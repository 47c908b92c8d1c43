"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { guardedMutation } from "@/lib/actions/guard";
import type { ActionResult } from "@/lib/actions/result";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/scope";
import { currentSnapshot, figureEntries, type FigureEntries } from "./current-data";
import { generateDraft } from "./generate";
import { DRAFT_EDIT_ROLES, DRAFT_FINALIZE_ROLES, DRAFT_VIEW_ROLES } from "./roles";
import { figureEntriesSchema, finalizeSchema, regenerateSectionSchema, saveDraftSchema } from "./schemas";
import { finalizeDraftVersion, saveDraftVersion } from "./versions";

const save = guardedMutation({ roles: DRAFT_EDIT_ROLES, schema: saveDraftSchema }, ({ user, input, tx }) =>
  saveDraftVersion(tx, user.id, input, () => generateDraft(getDb(), input)),
);

/** Saves the edited draft as the next version (a stale base is a conflict, never overwritten). */
export async function saveDraftAction(raw: unknown) {
  const result = await save(raw);
  if (result.ok) revalidatePath("/draft", "layout");
  return result;
}

const regenerate = guardedMutation({ roles: DRAFT_EDIT_ROLES, schema: regenerateSectionSchema }, ({ user, input, tx }) => {
  const fresh = generateDraft(getDb(), input);
  const blocks = fresh.blocks.filter((b) => b.section === input.section);
  if (blocks.length === 0) throw new DomainError(404, `Không có mục "${input.section}" trong đề cương báo cáo`, { section: "Mục không tồn tại" });
  writeAudit(tx, {
    userId: user.id,
    action: "draft_regenerate_section",
    entity: "draft",
    entityId: `${input.year}:${input.period}`,
    after: { section: input.section, counting: input.counting, blocks: blocks.length },
  });
  return { blocks, missing: fresh.missing.filter((m) => m.section === input.section) };
});

/** One section generated afresh from the data; the editor puts it in place of the old one (regenerateSection). */
export async function regenerateSectionAction(raw: unknown) {
  return regenerate(raw);
}

const finalize = guardedMutation({ roles: DRAFT_FINALIZE_ROLES, schema: finalizeSchema }, ({ user, input, tx }) =>
  finalizeDraftVersion(tx, user.id, input.versionId, (v) => currentSnapshot(getDb(), { year: v.year, period: v.period, counting: v.counting })),
);

/** A leader marks a version final (chốt): its figures are frozen for later comparison. */
export async function finalizeDraftAction(raw: unknown) {
  const result = await finalize(raw);
  if (result.ok) revalidatePath("/draft", "layout");
  return result;
}

/** The entries behind a figure (read only): who entered them, when, with which status. */
export async function figureEntriesAction(raw: unknown): Promise<ActionResult<FigureEntries>> {
  const user = await currentUser();
  if (!user) return { ok: false, status: 401, error: "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại" };
  if (!hasRole(user, DRAFT_VIEW_ROLES)) return { ok: false, status: 403, error: "Không có quyền thực hiện thao tác này" };
  const parsed = figureEntriesSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 422, error: "Số liệu không hợp lệ" };
  const entries = figureEntries(getDb(), parsed.data);
  return entries ? { ok: true, data: entries } : { ok: false, status: 404, error: "Không tìm thấy số liệu của chỉ tiêu" };
}
