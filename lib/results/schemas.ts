import { z } from "@/lib/validation/zod";
import { figureSchema } from "@/lib/entry/schemas";
import { storedLine, storedText } from "@/lib/validation/text";
import { checkItemText, MAX_FIGURES } from "./text";

export const RESULT_TEXT_MAX = 2000;
export const RESULT_UNIT_MAX = 100;

const text = storedText;

export const resultFigureSchema = z
  .object({
    value: figureSchema,
    unit: storedLine(RESULT_UNIT_MAX, "Đơn vị tính").default(""),
  })
  .strict();

export const resultFields = {
  date: z.string({ message: "Thiếu ngày" }).regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD"),
  section: z
    .string({ message: "Thiếu mục báo cáo" })
    .trim()
    .min(1, "Chọn mục báo cáo")
    .max(50, "Mã mục báo cáo quá dài"),
  text: text(RESULT_TEXT_MAX, "Nội dung"),
  figures: z
    .array(resultFigureSchema, { message: "figures phải là danh sách số liệu" })
    .max(MAX_FIGURES, `Tối đa ${MAX_FIGURES} số liệu`)
    .default([]),
};

export function checkItem(item: { date: string; text: string; figures: { value: number }[] }, ctx: z.RefinementCtx) {
  const problems = checkItemText(item.text, item.figures.length);
  if (problems.length > 0) ctx.addIssue({ code: "custom", path: ["text"], message: problems[0] });
  if (Number.isNaN(Date.parse(`${item.date}T00:00:00Z`)))
    ctx.addIssue({ code: "custom", path: ["date"], message: "Ngày không hợp lệ" });
  item.figures.forEach((f, i) => {
    if (f.value < 0) ctx.addIssue({ code: "custom", path: ["figures", i, "value"], message: "Số liệu không được âm" });
  });
}

/**
 * A result item (kết quả, sự kiện) as the form, the server actions and the API send it. To
 * change or delete one the client sends the version it last saw: a different current version
 * is a conflict (409), never a silent overwrite.
 */
export const createResultSchema = z.object(resultFields).strict().superRefine(checkItem);
const version = z
  .number({ message: "Thiếu phiên bản (version)" })
  .int("Phiên bản không hợp lệ")
  .nonnegative("Phiên bản không hợp lệ");
export const updateResultSchema = z
  .object({ ...resultFields, version })
  .strict()
  .superRefine(checkItem);
export const deleteResultSchema = z.object({ version }).strict();

export type ResultFieldsInput = z.infer<typeof createResultSchema>;
