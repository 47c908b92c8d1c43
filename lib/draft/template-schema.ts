import { z } from "@/lib/validation/zod";
import { sanitizeLine } from "@/lib/text/sanitize";
import { checkTemplate, MAX_TEMPLATE_LENGTH } from "./template";
import { templateForStorage } from "./template-names";

/**
 * A planner's change of an indicator's sentence template: one schema for the form and the
 * server action. An empty template means "the default of its kind"; `version` is the
 * template version the planner started from (a newer one saved meanwhile is a conflict).
 */
export const sentenceTemplateSchema = z.object({
  indicator: z.string().trim().min(1, "Chưa chọn chỉ tiêu").max(60, "Mã chỉ tiêu quá dài"),
  template: z
    .string({ message: "Mẫu câu phải là văn bản" })
    .max(MAX_TEMPLATE_LENGTH, `Mẫu câu dài quá ${MAX_TEMPLATE_LENGTH} ký tự`)
    // the editor shows Vietnamese names ("{Giá trị}"); the template is stored with the tokens ("{value}")
    .transform((t) => templateForStorage(sanitizeLine(t).trim()))
    .superRefine((template, ctx) => {
      if (template === "") return;
      for (const problem of checkTemplate(template)) ctx.addIssue({ code: "custom", message: problem.message });
    }),
  version: z.number({ message: "Thiếu phiên bản của mẫu câu" }).int().nonnegative(),
});

export type SentenceTemplateInput = z.input<typeof sentenceTemplateSchema>;
