import { z } from "@/lib/validation/zod";
import { COUNTING_MODES, REPORT_PERIODS } from "@/db/schema/vocabulary";
import { FIGURE_FIELDS } from "@/db/schema/draft-content";

export const BLOCK_TEXT_MAX = 20_000;
export const NOTE_MAX = 500;

/** Text as stored: NFC (Vietnamese typed in NFD becomes the same letters). */
const text = (max: number, label: string) =>
  z
    .string({ message: `${label} phải là văn bản` })
    .transform((s) => s.normalize("NFC"))
    .refine((s) => s.length <= max, `${label} dài quá ${max} ký tự`);

const code = z.string().trim().min(1).max(100);

export const draftRefSchema = z.object({
  year: z.number({ message: "Năm không hợp lệ" }).int().min(2000, "Năm không hợp lệ").max(2100, "Năm không hợp lệ"),
  period: z.enum(REPORT_PERIODS, { message: "Kỳ báo cáo không hợp lệ" }),
  counting: z.enum(COUNTING_MODES, { message: "Cách tính số liệu không hợp lệ" }),
});

const figureSchema = z
  .object({
    indicator: code,
    year: z.number().int(),
    period: z.enum(REPORT_PERIODS),
    field: z.enum(FIGURE_FIELDS),
    generated: z.string().max(1000),
  })
  .strict();

const resultRefSchema = z
  .object({
    id: z.number().int().positive(),
    department: code,
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    figure: z.number().int().nonnegative().optional(),
    generated: z.string().max(BLOCK_TEXT_MAX),
  })
  .strict();

const runSchema = z
  .object({
    text: text(BLOCK_TEXT_MAX, "Nội dung đoạn văn"),
    figure: figureSchema.optional(),
    result: resultRefSchema.optional(),
  })
  .strict();

const headingSchema = z
  .object({
    id: code,
    type: z.literal("heading"),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    section: code.nullable(),
    text: text(1000, "Tiêu đề mục"),
  })
  .strict();

const paragraphSchema = z
  .object({
    id: code,
    type: z.literal("paragraph"),
    section: code.nullable(),
    origin: z.enum(["indicator", "narrative", "result", "text", "generated"]),
    indicator: code.optional(),
    department: code.optional(),
    runs: z.array(runSchema).max(500, "Đoạn văn có quá nhiều phần"),
  })
  .strict()
  .refine(
    (p) => p.runs.reduce((n, r) => n + r.text.length, 0) <= BLOCK_TEXT_MAX,
    `Đoạn văn dài quá ${BLOCK_TEXT_MAX} ký tự`,
  );

const missingSchema = z
  .object({ indicator: code, name: z.string().max(1000), section: code.nullable(), reason: z.string().max(1000) })
  .strict();

/** What the editor sends to save: the blocks as edited, on top of the version it was opened from. */
export const saveDraftSchema = draftRefSchema.extend({
  /** the version the editor was opened from; null for a freshly generated draft */
  baseVersionId: z.number().int().positive().nullable(),
  generatedAt: z
    .string()
    .max(40)
    .refine((s) => !Number.isNaN(Date.parse(s)), "Thời điểm tạo dự thảo không hợp lệ"),
  blocks: z
    .array(z.discriminatedUnion("type", [headingSchema, paragraphSchema]), { message: "Nội dung dự thảo không hợp lệ" })
    .min(1, "Dự thảo trống")
    .max(2000, "Dự thảo có quá nhiều đoạn")
    .refine((blocks) => new Set(blocks.map((b) => b.id)).size === blocks.length, "Hai đoạn trùng mã"),
  missing: z.array(missingSchema).max(2000),
  note: text(NOTE_MAX, "Ghi chú phiên bản")
    .transform((s) => s.trim())
    .optional(),
});

export const regenerateSectionSchema = draftRefSchema.extend({ section: code });

export const finalizeSchema = z.object({ versionId: z.number({ message: "Thiếu phiên bản" }).int().positive() });

export const figureEntriesSchema = z.object({
  indicator: code,
  year: z.number().int().min(2000).max(2100),
  period: z.enum(REPORT_PERIODS),
  counting: z.enum(COUNTING_MODES),
});
