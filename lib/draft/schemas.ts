import { z } from "@/lib/validation/zod";
import { COUNTING_MODES, REPORT_PERIODS } from "@/db/schema/vocabulary";
import { FIGURE_FIELDS } from "@/db/schema/draft-content";
import { storedLine, storedText } from "@/lib/validation/text";

export const BLOCK_TEXT_MAX = 20_000;
export const NOTE_MAX = 500;

/** The editor's text as stored: clean (lib/text/sanitize.ts) and NFC; spaces kept, since runs join into sentences. */
const text = (max: number, label: string) => storedText(max, label, { keepSpaces: true });

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
    generated: text(1000, "Số liệu tạo tự động"),
  })
  .strict();

const resultRefSchema = z
  .object({
    id: z.number().int().positive(),
    department: code,
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    figure: z.number().int().nonnegative().optional(),
    generated: text(BLOCK_TEXT_MAX, "Nội dung tạo tự động"),
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
    text: storedLine(1000, "Tiêu đề mục", { keepSpaces: true }),
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
  .object({
    indicator: code,
    name: storedLine(1000, "Tên chỉ tiêu"),
    section: code.nullable(),
    reason: storedLine(1000, "Lý do thiếu số liệu"),
  })
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
  note: storedText(NOTE_MAX, "Ghi chú phiên bản").optional(),
});

export const regenerateSectionSchema = draftRefSchema.extend({ section: code });

export const finalizeSchema = z.object({ versionId: z.number({ message: "Thiếu phiên bản" }).int().positive() });

/** The answer when an indicator has no figure in the period (or the year is not the caller's to see). */
export const NO_FIGURE_MESSAGE = "Không tìm thấy số liệu của chỉ tiêu";

export const figureEntriesSchema = z.object({
  indicator: code,
  year: z.number().int().min(2000).max(2100),
  period: z.enum(REPORT_PERIODS),
  counting: z.enum(COUNTING_MODES),
});
