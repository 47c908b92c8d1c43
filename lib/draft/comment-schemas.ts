import { z } from "@/lib/validation/zod";
import { storedText } from "@/lib/validation/text";

export const COMMENT_TEXT_MAX = 4000;

/** A leader's comment on a saved version: on the whole báo cáo, or on one of its headings. */
export const addDraftCommentSchema = z.object({
  versionId: z.number({ message: "Phiên bản không hợp lệ" }).int().positive("Phiên bản không hợp lệ"),
  blockId: z
    .string({ message: "Mục được góp ý không hợp lệ" })
    .trim()
    .max(100, "Mục được góp ý không hợp lệ")
    .nullish()
    .transform((v) => v || null),
  text: storedText(COMMENT_TEXT_MAX, "Nội dung góp ý").refine((s) => s.length > 0, "Hãy nhập nội dung góp ý"),
});

export const resolveDraftCommentSchema = z.object({
  commentId: z.number({ message: "Góp ý không hợp lệ" }).int().positive("Góp ý không hợp lệ"),
});
