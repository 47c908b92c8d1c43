"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import { visiblePlanYear } from "@/lib/auth/plan-years";
import { actionUser, runAction } from "@/lib/commands/action";
import {
  addDraftCommentCommand,
  finalizeDraftCommand,
  regenerateSectionCommand,
  resolveDraftCommentCommand,
  saveDraftCommand,
} from "./commands";
import { figureEntries, type FigureEntries } from "./current-data";
import { NO_FIGURE_MESSAGE, figureEntriesSchema } from "./schemas";

/** Saves the edited draft as the next version (a stale base is a conflict, never overwritten). */
export async function saveDraftAction(raw: unknown) {
  const result = await runAction(saveDraftCommand, raw);
  if (result.ok) revalidatePath("/draft", "layout");
  return result;
}

/** One section generated afresh from the data; the editor puts it in place of the old one (regenerateSection). */
export async function regenerateSectionAction(raw: unknown) {
  return runAction(regenerateSectionCommand, raw);
}

/** A leader marks a version final (chốt): its figures are frozen for later comparison. */
export async function finalizeDraftAction(raw: unknown) {
  const result = await runAction(finalizeDraftCommand, raw);
  if (result.ok) revalidatePath("/draft", "layout");
  return result;
}

/** A leader's comment (góp ý) on a saved version of the draft. */
export async function addDraftCommentAction(raw: unknown) {
  const result = await runAction(addDraftCommentCommand, raw);
  if (result.ok) revalidatePath("/draft", "layout");
  return result;
}

/** A planner marks a leader's comment done. */
export async function resolveDraftCommentAction(raw: unknown) {
  const result = await runAction(resolveDraftCommentCommand, raw);
  if (result.ok) revalidatePath("/draft", "layout");
  return result;
}

/** The entries behind a figure (read only): who entered them, when, with which status. */
export async function figureEntriesAction(raw: unknown): Promise<ActionResult<FigureEntries>> {
  const auth = await actionUser("draft.view");
  if (!auth.ok) return auth;
  const parsed = figureEntriesSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 422, error: "Số liệu không hợp lệ" };
  const db = getDb();
  // a year in preparation is answered like a figure without entries for those who may not see it
  const entries = visiblePlanYear(db, auth.user, parsed.data.year) ? figureEntries(db, parsed.data) : null;
  return entries ? { ok: true, data: entries } : { ok: false, status: 404, error: NO_FIGURE_MESSAGE };
}
