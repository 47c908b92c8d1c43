import { z } from "@/lib/validation/zod";
import { planVersionSchema, yearInputSchema } from "@/lib/validation/common";
import { DIRECTIONS, INDICATOR_KINDS, LOCAL_UNIT_KINDS, TARGET_SOURCES, UNIT_KINDS } from "@/db/schema/vocabulary";
import { parseNumberInput } from "@/lib/numbers";
import { OPENING_MAX, REPORT_KINDS, REPORT_KIND_LABELS, openingProblem, type ReportKind } from "@/lib/draft/opening";
import { sanitizeText } from "@/lib/text/sanitize";
import { storedLine, storedText } from "@/lib/validation/text";
import { parseTargetText, targetShapeProblem } from "./target-text";
import { templateForStorage } from "@/lib/draft/template-names";

export const INDICATOR_NAME_MAX = 300;
export const UNIT_MAX = 50;

/** Shared by the admin forms (zodResolver) and the server actions and API routes. */

const yearField = yearInputSchema;
const dayField = (label: string) =>
  z.coerce
    .number({ message: `${label} không hợp lệ` })
    .int(`${label} phải là số nguyên`)
    .min(1, `${label} từ 1 đến 28`)
    .max(28, `${label} từ 1 đến 28`);
const codeField = (label: string) =>
  z
    .string({ message: `Thiếu ${label}` })
    .trim()
    .min(1, `Thiếu ${label}`)
    .max(60, `${label} quá dài (tối đa 60 ký tự)`)
    .regex(/^[A-Za-z0-9._-]+$/, `${label} chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới`);
/** An indicator named in a target: a plan indicator's code, or a unit's share of one ("dtc.giai_ngan@vl", lib/units). */
const indicatorRefField = (label: string) =>
  z
    .string({ message: `Thiếu ${label}` })
    .trim()
    .min(1, `Thiếu ${label}`)
    .max(121, `${label} quá dài`)
    .regex(
      /^[A-Za-z0-9._-]+(@[A-Za-z0-9._-]+)?$/,
      `${label} chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (và @ mã đơn vị với phần của một đơn vị)`,
    );
const nameField = (label: string, max = 300) =>
  storedLine(max, label, { required: `Thiếu ${label}`, tooLong: `${label} quá dài` });
const reasonField = storedText(500, "Lý do", { required: "Vui lòng nhập lý do", tooLong: "Lý do quá dài" }).refine(
  (s) => s.length >= 5,
  "Vui lòng nhập lý do (ít nhất 5 ký tự)",
);
const versionField = planVersionSchema;
const optionalCode = z
  .string()
  .trim()
  .max(60)
  .optional()
  .transform((v) => (v ? v : undefined));

// Plan years

export const createPlanYearSchema = z
  .object({
    year: yearField,
    copyFrom: yearField.optional(),
    copyTargets: z.boolean().optional().default(false),
  })
  .refine((v) => v.copyFrom === undefined || v.copyFrom !== v.year, {
    message: "Năm sao chép phải khác năm mới",
    path: ["copyFrom"],
  });

export const planYearSettingsSchema = z
  .object({
    year: yearField,
    cutoffDay: dayField("Ngày chốt số liệu"),
    dueDay: dayField("Hạn gửi báo cáo"),
    plannersMayEdit: z.boolean(),
    version: versionField,
  })
  .refine((v) => v.dueDay >= v.cutoffDay, {
    message: "Hạn gửi báo cáo không được trước ngày chốt số liệu",
    path: ["dueDay"],
  });

/** One report kind's opening: clean text (lib/text/sanitize.ts), trimmed; empty means the default (lib/draft/opening.ts). */
const openingField = (kind: ReportKind) =>
  z
    .string({ message: `Lời mở đầu ${REPORT_KIND_LABELS[kind].toLocaleLowerCase("vi")} phải là văn bản` })
    .max(OPENING_MAX * 4, `Lời mở đầu ${REPORT_KIND_LABELS[kind].toLocaleLowerCase("vi")} dài quá ${OPENING_MAX} ký tự`)
    .transform((s) => sanitizeText(s).trim())
    .superRefine((s, ctx) => {
      const problem = openingProblem(s);
      if (problem)
        ctx.addIssue({
          code: "custom",
          message: `Lời mở đầu ${REPORT_KIND_LABELS[kind].toLocaleLowerCase("vi")} ${problem}`,
        });
    });

/** The openings of a plan year's reports, one per report kind (the admin form on /admin/plans). */
export const reportOpeningsSchema = z
  .object({
    year: yearField,
    version: versionField,
    openings: z
      .object(
        Object.fromEntries(REPORT_KINDS.map((k) => [k, openingField(k)])) as Record<
          ReportKind,
          ReturnType<typeof openingField>
        >,
        { message: "Thiếu lời mở đầu các loại báo cáo" },
      )
      .strict(),
  })
  .strict();

export const openPlanYearSchema = z.object({ year: yearField, version: versionField });
export const closePlanYearSchema = z.object({
  year: yearField,
  version: versionField,
  confirm: z.boolean().optional().default(false),
});
export const reopenPlanYearSchema = z.object({ year: yearField, version: versionField, reason: reasonField });

// Report sections

export const sectionSchema = z.object({
  id: z.number().int().positive().optional(),
  code: z
    .string({ message: "Thiếu mã mục" })
    .trim()
    .min(1, "Thiếu mã mục")
    .max(20, "Mã mục quá dài")
    .regex(/^[A-Za-z0-9.]+$/, "Mã mục chỉ gồm chữ, số và dấu chấm (ví dụ I.3.2)"),
  title: nameField("tên mục"),
  parent: optionalCode,
  narrativeOnly: z.boolean().optional().default(false),
});
export const moveSectionSchema = z.object({ id: z.number().int().positive(), direction: z.enum(["up", "down"]) });

// Indicators

const precisionField = z.coerce
  .number({ message: "Số chữ số thập phân không hợp lệ" })
  .int()
  .min(0, "Số chữ số thập phân từ 0 đến 4")
  .max(4, "Số chữ số thập phân từ 0 đến 4");

export const createIndicatorSchema = z.object({
  year: yearField,
  code: codeField("mã chỉ tiêu"),
  name: nameField("tên chỉ tiêu", INDICATOR_NAME_MAX),
  unit: nameField("đơn vị tính", UNIT_MAX),
  kind: z.enum(INDICATOR_KINDS, { message: "Loại chỉ tiêu phải là cumulative, point hoặc rate" }),
  department: codeField("đơn vị chủ trì"),
  section: optionalCode,
  parent: optionalCode,
  precision: precisionField.optional(),
  direction: z.enum(DIRECTIONS, { message: "Chiều phải là up hoặc down" }).optional(),
});
export type CreateIndicatorInput = Omit<z.infer<typeof createIndicatorSchema>, "section" | "parent"> & {
  section?: string;
  parent?: string;
};

export const updateIndicatorSchema = z.object({
  code: codeField("mã chỉ tiêu"),
  version: versionField,
  name: nameField("tên chỉ tiêu", INDICATOR_NAME_MAX),
  sentenceName: storedLine(INDICATOR_NAME_MAX, "Tên trong câu", { tooLong: "Tên trong câu quá dài" })
    .optional()
    .default(""),
  unit: nameField("đơn vị tính", UNIT_MAX),
  kind: z.enum(INDICATOR_KINDS, { message: "Loại chỉ tiêu không hợp lệ" }),
  section: z.string().trim().max(20).optional().default(""),
  parent: z.string().trim().max(60).optional().default(""),
  precision: precisionField,
  direction: z.enum(DIRECTIONS, { message: "Chiều không hợp lệ" }),
  // typed with the Vietnamese names the forms show ("{Giá trị}"), stored with the tokens ("{value}")
  sentenceTemplate: storedLine(1000, "Mẫu câu", { tooLong: "Mẫu câu quá dài" })
    .optional()
    .default("")
    .transform(templateForStorage),
});
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorSchema>;

export const retireIndicatorSchema = z.object({
  code: codeField("mã chỉ tiêu"),
  fromYear: yearField,
  version: versionField,
});
export const deleteIndicatorSchema = z.object({ code: codeField("mã chỉ tiêu"), version: versionField });
export const reassignIndicatorSchema = z.object({
  code: codeField("mã chỉ tiêu"),
  fromYear: yearField,
  department: codeField("đơn vị chủ trì"),
});

// Targets

const amountField = z
  .union([z.number(), z.string()], { message: "Giá trị phải là số" })
  .optional()
  .nullable()
  .transform((v, ctx) => {
    if (v === undefined || v === null) return null;
    const parsed = parseNumberInput(v);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.scaled;
  });

const sourceField = z.enum(TARGET_SOURCES, { message: "Nguồn phải là hdnd, tw hoặc phan_dau" });

/** API: PUT /api/v1/plans/{year}/targets. */
export const putTargetsSchema = z.object({
  targets: z
    .array(
      z
        .object({
          indicator: indicatorRefField("mã chỉ tiêu"),
          source: sourceField,
          value: amountField,
          min: amountField,
          max: amountField,
          version: versionField.optional(),
        })
        .superRefine((t, ctx) => {
          const problem = targetShapeProblem(t);
          if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["value"] });
          if (t.min !== null && t.max !== null && t.min >= t.max)
            ctx.addIssue({ code: "custom", message: "min phải nhỏ hơn max", path: ["min"] });
        }),
      { message: "targets phải là một danh sách" },
    )
    .min(1, "Danh sách kế hoạch trống")
    .max(2000, "Tối đa 2.000 kế hoạch mỗi lần"),
});

/** The targets grid: the text typed in each cell ("7-7,5", "≥ 7,5"); an empty cell removes the target. */
export const targetGridSchema = z.object({
  year: yearField,
  cells: z
    .array(
      z
        .object({
          indicator: indicatorRefField("mã chỉ tiêu"),
          source: sourceField,
          text: z.string().max(60, "Quá dài"),
          version: z.number().int().min(0),
        })
        .transform((c, ctx) => {
          const parsed = parseTargetText(c.text);
          if (!parsed.ok) {
            ctx.addIssue({ code: "custom", message: parsed.error, path: ["text"] });
            return z.NEVER;
          }
          return { indicator: c.indicator, source: c.source, target: parsed.target, version: c.version };
        }),
    )
    .max(2000),
});
export type TargetGridInput = z.infer<typeof targetGridSchema>;

// Departments (reporting units: departments and local governments)

const unitKindField = z.enum(UNIT_KINDS, {
  message: "Loại đơn vị phải là department (sở, ban, ngành), district (huyện, thành phố) hoặc commune (xã, phường)",
});
/** A month of a unit's first or last year (lib/units/unit-months.ts), typed in a form or sent as JSON. */
const unitMonthField = (label: string) => {
  const message = `${label} phải từ 1 đến 12`;
  return z.coerce.number({ message }).int(message).min(1, message).max(12, message);
};

export const createDepartmentSchema = z.object({
  code: codeField("mã đơn vị").transform((v) => v.toLowerCase()),
  name: nameField("tên đơn vị"),
  shortName: storedLine(100, "Tên viết tắt", { tooLong: "Tên viết tắt quá dài" }).optional(),
  validFrom: yearField.optional(),
  /** the first month it reports in its first year (communes and wards: 7, from 1 July 2025) */
  validFromMonth: unitMonthField("Tháng bắt đầu").optional().default(1),
  kind: unitKindField.optional().default("department"),
});
export const renameDepartmentSchema = z.object({
  code: codeField("mã đơn vị"),
  name: nameField("tên đơn vị"),
  shortName: nameField("tên viết tắt", 100),
  version: versionField,
  /** absent: the unit keeps its kind */
  kind: unitKindField.optional(),
});
export const mergeDepartmentSchema = z
  .object({
    from: codeField("đơn vị sáp nhập"),
    into: codeField("đơn vị tiếp nhận"),
    fromYear: yearField,
    moveUsers: z.boolean().optional().default(true),
  })
  .refine((v) => v.from !== v.into, { message: "Không thể sáp nhập một đơn vị vào chính nó", path: ["into"] });

/** A unit stops reporting after a month (lib/admin/end-unit.ts): the districts after June 2025. */
export const endUnitSchema = z.object({
  code: codeField("mã đơn vị"),
  lastYear: yearField,
  lastMonth: unitMonthField("Tháng cuối"),
  version: versionField,
});

/** A unit carries on the work of units of the year before (lib/units/successions.ts). */
export const declareSuccessionSchema = z.object({
  successor: codeField("đơn vị kế tục"),
  predecessors: z
    .array(codeField("đơn vị được kế tục"), { message: "Chọn các đơn vị được kế tục" })
    .min(1, "Chọn ít nhất một đơn vị được kế tục")
    .max(100, "Tối đa 100 đơn vị được kế tục"),
  fromYear: yearField,
});
export const removeSuccessionSchema = z.object({ successor: codeField("đơn vị kế tục") });

/** An indicator of a year's plan reported by every unit of a local kind (lib/units/declare-reporting.ts). */
export const unitReportingSchema = z.object({
  code: codeField("mã chỉ tiêu"),
  year: yearField,
  kind: z.enum(LOCAL_UNIT_KINDS, {
    message: "Loại đơn vị báo cáo phải là district (huyện, thành phố) hoặc commune (xã, phường)",
  }),
});

export const withdrawUnitReportingSchema = z.object({
  code: codeField("mã chỉ tiêu"),
  year: yearField,
});

// Tokens (the user schemas are in lib/users/schemas.ts)

export const createTokenSchema = z.object({
  userId: z.coerce.number({ message: "Chọn người dùng" }).int().positive("Chọn người dùng"),
  name: nameField("tên mã truy cập", 100),
});
export const revokeTokenSchema = z.object({ tokenId: z.number().int().positive() });
