import { getDb, type Tx } from "@/db/client";
import { writeAudit } from "@/lib/audit/write";
import { defineCommand } from "@/lib/commands/command";
import { DomainError } from "@/lib/errors";
import { currentSnapshot } from "./current-data";
import { generateDraft } from "./generate";
import { houseStyleSchema } from "./house-style-schema";
import { loadHouseStyle, saveHouseStyle } from "./house-style-store";
import { draftRefSchema, finalizeSchema, regenerateSectionSchema, saveDraftSchema } from "./schemas";
import { sentenceTemplateSchema } from "./template-schema";
import { saveSentenceTemplate } from "./template-store";
import { draftVersionInfo, finalizeDraftVersion, saveDraftVersion } from "./versions";
import { addDraftCommentSchema, resolveDraftCommentSchema } from "./comment-schemas";
import { addDraftComment, resolveDraftComment } from "./comments";

/** The draft báo cáo's mutations and the sentence templates', once for the server actions and the API. */

/** Saves the edited draft as the next version (a stale base is a conflict, never overwritten). */
export const saveDraftCommand = defineCommand({
  permission: "draft.edit",
  input: saveDraftSchema,
  run: (tx, user, input) => saveDraftVersion(tx, user.id, input, () => generateDraft(getDb(), input)),
});

/** One section generated afresh from the data; the editor puts it in place of the old one. */
export const regenerateSectionCommand = defineCommand({
  permission: "draft.edit",
  input: regenerateSectionSchema,
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
  run: (tx, user, input) => finalize(tx, user.id, input.versionId),
});

/** The same through POST /api/v1/reports/{year}/{period}/draft/versions/{id}/final: a version of another report is 404. */
export const finalizeReportVersionCommand = defineCommand({
  permission: "draft.finalize",
  input: finalizeSchema.extend({ year: draftRefSchema.shape.year, period: draftRefSchema.shape.period }),
  resolve: (tx, _user, input) => {
    const version = draftVersionInfo(tx, input.versionId);
    if (!version || version.year !== input.year || version.period !== input.period)
      throw new DomainError(404, `Không có phiên bản dự thảo này của báo cáo ${input.period} năm ${input.year}`);
  },
  run: (tx, user, input) => finalize(tx, user.id, input.versionId),
});

/** An indicator's sentence template; a stale version is a conflict (the API takes the indicator from its path). */
export const saveSentenceTemplateCommand = defineCommand({
  permission: "template.edit",
  input: sentenceTemplateSchema,
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

/** The province's house style of the báo cáo: an administrator's setting (stale version: conflict; the same style changes nothing). */
export const saveHouseStyleCommand = defineCommand({
  permission: "plan.administer",
  input: houseStyleSchema,
  run: (tx, user, input) => {
    const { changed } = saveHouseStyle(tx, user.id, input);
    return { ...loadHouseStyle(tx), changed };
  },
});
