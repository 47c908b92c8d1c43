import { z } from "@/lib/validation/zod";
import { ALL_PERIODS } from "@/lib/periods";
import { VALUE_STATUSES } from "@/db/schema/vocabulary";
import { parseNumberInput, parseViNumber } from "@/lib/numbers";
import { versionSchema } from "@/lib/validation/common";
import { storedText } from "@/lib/validation/text";

export const NOTE_MAX = 2000;
export const NARRATIVE_MAX = 20000;
export const REASON_MAX = 2000;

const text = storedText;

/** A figure typed the Vietnamese way ("2.285", "27.068,7") or sent as a JSON number. */
export const figureSchema = z
  .union([z.number(), z.string()], { message: "Giá trị phải là số" })
  .transform((raw, ctx) => {
    const parsed = parseNumberInput(raw);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.scaled;
  });

/** An indicator's figure: scaled, and whether it was typed with "%" (saveValues checks that against the indicator's unit). */
const indicatorFigureSchema = z
  .union([z.number(), z.string()], { message: "Giá trị phải là số" })
  .transform((raw, ctx) => {
    const parsed = parseNumberInput(raw);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return { scaled: parsed.scaled, percent: parsed.percent };
  });

export const valueItemSchema = z
  .object({
    indicator: z
      .string({ message: "Thiếu mã chỉ tiêu" })
      .trim()
      .min(1, "Thiếu mã chỉ tiêu")
      .max(130, "Mã chỉ tiêu quá dài"),
    period: z.enum(ALL_PERIODS, { message: "Kỳ không hợp lệ (T01-T12, Q1-Q4, 6T, 9T, N, UN)" }).optional(),
    value: indicatorFigureSchema,
    status: z
      .enum(VALUE_STATUSES, { message: "Trạng thái số liệu phải là estimate, preliminary hoặc official" })
      .default("estimate"),
    note: text(NOTE_MAX, "Ghi chú").optional(),
    /** the version the client last saw (0: none stored yet); a different current version is a conflict */
    version: versionSchema
      .optional()
      .describe("the version read (0: none stored yet); required to overwrite a stored value unless force"),
  })
  .strict()
  .transform(({ value, ...item }) => ({ ...item, value: value.scaled, percent: value.percent }));

export const saveValuesSchema = z
  .object({
    values: z
      .array(valueItemSchema, { message: "values phải là danh sách" })
      .min(1, "Chưa có số liệu nào")
      .max(1000, "Quá nhiều số liệu trong một lần lưu"),
    /** overwrite values stored since the client read them, for items sent without a version (audited as forced) */
    force: z
      .boolean({ message: "force phải là true hoặc false" })
      .optional()
      .describe("overwrite stored values for items sent without a version; the audit entry says forced"),
  })
  .strict();

export type SaveValuesInput = z.infer<typeof saveValuesSchema>;

export const narrativeSchema = z
  .object({
    highlights: text(NARRATIVE_MAX, "Kết quả nổi bật"),
    difficulties: text(NARRATIVE_MAX, "Khó khăn, vướng mắc"),
    tasks: text(NARRATIVE_MAX, "Nhiệm vụ, giải pháp"),
    version: versionSchema.optional(),
  })
  .strict();

export const reasonSchema = z
  .object({
    reason: storedText(REASON_MAX, "Lý do", { required: "Vui lòng nhập lý do" }),
    /** indicator codes flagged for the department to fix (return) */
    fields: z.array(z.string().max(100), { message: "fields phải là danh sách mã chỉ tiêu" }).max(1000).optional(),
  })
  .strict();
export const optionalReasonSchema = z
  .object({ reason: text(REASON_MAX, "Lý do").optional(), fields: z.array(z.string().max(100)).max(1000).optional() })
  .strict();

/** One row of the entry form, validated in the browser with the same number rules as the server. */
export const entryRowSchema = z.object({
  value: z.string().superRefine((raw, ctx) => {
    if (raw.trim() === "") return;
    const parsed = parseViNumber(raw);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
  }),
  status: z.enum(VALUE_STATUSES),
  note: text(NOTE_MAX, "Ghi chú"),
  version: z.number().int().nonnegative(),
  flagged: z.boolean(),
});

export const entryFormSchema = z.object({
  rows: z.array(entryRowSchema),
  narrative: narrativeSchema.omit({ version: true }),
});

export type EntryFormValues = z.input<typeof entryFormSchema>;
