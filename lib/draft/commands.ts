import { getDb } from "@/db/client";
import { writeAudit } from "@/lib/audit/write";
import { requireVisiblePlanYear, seesIndicator, visiblePlanYear } from "@/lib/auth/plan-years";
import { defineCommand } from "@/lib/commands/command";
import { DomainError } from "@/lib/errors";
import { currentSnapshot } from "./current-data";
import { generateDraft } from "./generate";
import { finalizeSchema, regenerateSectionSchema, saveDraftSchema } from "./schemas";
import { sentenceTemplateSchema } from "./template-schema";
import { findSentenceTemplate, saveSentenceTemplate } from "./template-store";
import { draftVersionInfo, finalizeDraftVersion, saveDraftVersion } from "./versions";
import { addDraftCommentSchema, resolveDraftCommentSchema } from "./comment-schemas";
import { addDraftComment, resolveDraftComment } from "./comments";

/** The draft báo cáo's mutations and the sentence templates', once for the server actions and the API. */

/** Saves the edited draft as the next version (a stale base is a conflict, never overwritten). */
export const saveDraftCommand = defineCommand({
  permission: "draft.edit",
  input: saveDraftSchema,
  resolve: (tx, user, input) => requireVisiblePlanYear(tx, user, input.year),
  run: (tx, user, input) => saveDraftVersion(tx, user.id, input, () => generateDraft(getDb(), input)),
});

/** One section generated afresh from the data; the editor puts it in place of the old one. */
export const regenerateSectionCommand = defineCommand({
  permission: "draft.edit",
  input: regenerateSectionSchema,
  resolve: (tx, user, input) => requireVisiblePlanYear(tx, user, input.year),
  run: (tx, user, input) => {
    const fresh = generateDraft(getDb(), input);
    const blocks = fresh.blocks.filter((b) => b.section === input.section);
    if (blocks.length === 0)
      throw new DomainError(404, `Không có mục "${input.section}" trong đề cương báo cáo`, {
        section: "Mục không tồn tại",
      });
    writeAudit(tx, {
      userId: user.id,
      action: "draft_regenerate_section",
      entity: "draft",
      entityId: `${input.year}:${input.period}`,
      after: { section: input.section, counting: input.counting, blocks: blocks.length },
    });
    return { blocks, missing: fresh.missing.filter((m) => m.section === input.section) };
  },
});

/** A leader marks a version final (chốt): its figures are frozen for later comparison. */
export const finalizeDraftCommand = defineCommand({
  permission: "draft.finalize",
  input: finalizeSchema,
  // a version of a year the leader may not see (in preparation) is answered like one that does not exist
  resolve: (tx, user, input) => {
    const version = draftVersionInfo(tx, input.versionId);
    if (!version || !visiblePlanYear(tx, user, version.year))
      throw new DomainError(404, "Không tìm thấy phiên bản dự thảo");
  },
  run: (tx, user, input) =>
    finalizeDraftVersion(tx, user.id, input.versionId, (v) =>
      currentSnapshot(getDb(), { year: v.year, period: v.period, counting: v.counting }),
    ),
});

/** An indicator's sentence template; a stale version is a conflict (the API takes the indicator from its path). */
export const saveSentenceTemplateCommand = defineCommand({
  permission: "template.edit",
  input: sentenceTemplateSchema,
  // an indicator only in a year in preparation the user may not see is answered as an unknown one
  resolve: (tx, user, input) => {
    const stored = findSentenceTemplate(tx, input.indicator);
    if (stored && !seesIndicator(tx, user, stored.id))
      throw new DomainError(404, `Không có chỉ tiêu mã "${input.indicator}"`);
  },
  run: (tx, user, input) => ({ indicator: input.indicator, ...saveSentenceTemplate(tx, user.id, input) }),
});

/** A leader's comment (góp ý) on a saved version of the draft. */
export const addDraftCommentCommand = defineCommand({
  permission: "draft.comment",
  input: addDraftCommentSchema,
  run: (tx, user, input) => addDraftComment(tx, user.id, input),
});

/** A planner marks a leader's comment done. */
export const resolveDraftCommentCommand = defineCommand({
  permission: "draft.resolve_comment",
  input: resolveDraftCommentSchema,
  run: (tx, user, input) => resolveDraftComment(tx, user.id, input),
});
