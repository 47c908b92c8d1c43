import { getDb, type Tx } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { writeAudit } from "@/lib/audit/write";
import { requireVisiblePlanYear, seesIndicator, visiblePlanYear } from "@/lib/auth/plan-years";
import { defineCommand } from "@/lib/commands/command";
import { DomainError } from "@/lib/errors";
import { currentSnapshot } from "./current-data";
import { generateDraft } from "./generate";
import { houseStyleSchema } from "./house-style-schema";
import { loadHouseStyle, saveHouseStyle } from "./house-style-store";
import { draftRefSchema, finalizeSchema, regenerateSectionSchema, saveDraftSchema } from "./schemas";
import { sentenceTemplateSchema } from "./template-schema";
import { findSentenceTemplate, saveSentenceTemplate } from "./template-store";
import { draftVersionInfo, finalizeDraftVersion, saveDraftVersion, type DraftVersionInfo } from "./versions";
import { addDraftCommentSchema, resolveDraftCommentSchema } from "./comment-schemas";
import { addDraftComment, commentYear, resolveDraftComment } from "./comments";

/** The draft báo cáo's mutations and the sentence templates', once for the server actions and the API. */

/** A saved version of a year the user may see; a version of a year in preparation they may not see is answered like one that does not exist (404). */
function requireVisibleVersion(tx: Tx, user: CurrentUser, versionId: number): DraftVersionInfo {
  const version = draftVersionInfo(tx, versionId);
  if (!version || !visiblePlanYear(tx, user, version.year))
    throw new DomainError(404, "Không tìm thấy phiên bản dự thảo", { versionId: "Phiên bản không tồn tại" });
  return version;
}

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

const finalize = (tx: Tx, userId: number, versionId: number) =>
  finalizeDraftVersion(tx, userId, versionId, (v) =>
    currentSnapshot(getDb(), { year: v.year, period: v.period, counting: v.counting }),
  );

/** A leader marks a version final (chốt): its figures are frozen for later comparison. */
export const finalizeDraftCommand = defineCommand({
  permission: "draft.finalize",
  input: finalizeSchema,
  resolve: (tx, user, input) => requireVisibleVersion(tx, user, input.versionId),
  run: (tx, user, input) => finalize(tx, user.id, input.versionId),
});

/** The same through POST /api/v1/reports/{year}/{period}/draft/versions/{id}/final: a version of another report is 404. */
export const finalizeReportVersionCommand = defineCommand({
  permission: "draft.finalize",
  input: finalizeSchema.extend({ year: draftRefSchema.shape.year, period: draftRefSchema.shape.period }),
  resolve: (tx, user, input) => {
    const version = requireVisibleVersion(tx, user, input.versionId);
    if (version.year !== input.year || version.period !== input.period)
      throw new DomainError(404, `Không có phiên bản dự thảo này của báo cáo ${input.period} năm ${input.year}`);
  },
  run: (tx, user, input) => finalize(tx, user.id, input.versionId),
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
  resolve: (tx, user, input) => requireVisibleVersion(tx, user, input.versionId),
  run: (tx, user, input) => addDraftComment(tx, user.id, input),
});

/** A planner marks a leader's comment done. */
export const resolveDraftCommentCommand = defineCommand({
  permission: "draft.resolve_comment",
  input: resolveDraftCommentSchema,
  // a comment on a version of a year the user may not see is answered like one that does not exist
  resolve: (tx, user, input) => {
    const year = commentYear(tx, input.commentId);
    if (year !== undefined && !visiblePlanYear(tx, user, year))
      throw new DomainError(404, "Không tìm thấy góp ý", { commentId: "Góp ý không tồn tại" });
  },
  run: (tx, user, input) => resolveDraftComment(tx, user.id, input),
});

/** The province's house style of the báo cáo: an administrator's setting (stale version: conflict; the same style changes nothing). */
export const saveHouseStyleCommand = defineCommand({
  permission: "plan.administer",
  input: houseStyleSchema,
  run: (tx, user, input) => {
    const { changed } = saveHouseStyle(tx, user.id, input);
    return { ...loadHouseStyle(tx), changed };
  },
});
