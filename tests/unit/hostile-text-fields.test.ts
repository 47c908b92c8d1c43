import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { applyPlanImportCommand, renameDepartmentCommand, updateIndicatorCommand } from "@/lib/admin/commands";
import {
  createDepartmentSchema,
  createIndicatorSchema,
  createTokenSchema,
  renameDepartmentSchema,
  reopenPlanYearSchema,
  reportOpeningsSchema,
  sectionSchema,
  updateIndicatorSchema,
} from "@/lib/admin/schemas";
import { REPORT_KINDS } from "@/lib/draft/opening";
import { addDraftCommentSchema } from "@/lib/draft/comment-schemas";
import { saveDraftSchema } from "@/lib/draft/schemas";
import { sentenceTemplateSchema } from "@/lib/draft/template-schema";
import { importMonthValuesCommand, saveNarrativeCommand } from "@/lib/entry/commands";
import { narrativeSchema, optionalReasonSchema, reasonSchema, valueItemSchema } from "@/lib/entry/schemas";
import { exportQuerySchema } from "@/lib/export/query";
import { createResultSchema } from "@/lib/results/schemas";
import { hasForbiddenCharacters, sanitizeLine, sanitizeText } from "@/lib/text/sanitize";
import { createUserSchema } from "@/lib/users/schemas";
import { HOSTILE_TEXTS, TEN_THOUSAND } from "../corpus/hostile-text";

/**
 * The hostile-text corpus through every free-text field people can store, at the zod boundary
 * each command, server action and API route validates with: what is stored is clean (no
 * control, non-character, lone surrogate or bidi control; NFC; one line where the field is
 * one line), or the input is refused with a Vietnamese message naming the field. A text too
 * long is refused, never cut; 10,000 characters fit only the narratives and the editor's paragraphs.
 */

interface Field {
  /** what the field is, as the test title says it */
  name: string;
  schema: ZodType;
  input: (text: string) => unknown;
  read: (data: never) => string;
  /** where an issue about this field points */
  path: (string | number)[];
  /** the field's label in its messages */
  label: RegExp;
  max: number;
  /** a name, title, unit: no line break or tab stored */
  line?: boolean;
  /** the field has rules of its own (a template's placeholders, a minimum length) that may refuse a short text */
  rules?: boolean;
}

const month = { department: "vpubnd", year: 2024, month: 12 };
const indicator = {
  code: "x.test",
  version: 1,
  name: "Chỉ tiêu",
  sentenceName: "",
  unit: "%",
  kind: "rate",
  section: "",
  parent: "",
  precision: 1,
  direction: "up",
  sentenceTemplate: "",
};
const draftRef = { year: 2024, period: "N", counting: "all", baseVersionId: null, generatedAt: "2024-12-31T00:00:00Z" };
const paragraph = (text: string) => ({
  id: "n:x",
  type: "paragraph",
  section: null,
  origin: "narrative",
  runs: [{ text }],
});
const annexRow = {
  row: 3,
  stt: "1",
  name: "Tên",
  unit: "%",
  plan: "7",
  department: "sct",
  code: "",
  source: "HĐND",
  kind: "",
};
const openings = (text: string) => Object.fromEntries(REPORT_KINDS.map((k) => [k, text]));

/* eslint-disable @typescript-eslint/no-explicit-any -- each row reads its own schema's output */
const FIELDS: Field[] = [
  {
    name: "value note",
    schema: valueItemSchema,
    input: (note) => ({ indicator: "x", value: "1", note }),
    read: (d: any) => d.note,
    path: ["note"],
    label: /Ghi chú/,
    max: 2000,
  },
  {
    name: "value note read from the Excel template",
    schema: importMonthValuesCommand.input,
    input: (note) => ({ ...month, values: [{ indicator: "x", period: "T12", value: 1, status: "estimate", note }] }),
    read: (d: any) => d.values[0].note,
    path: ["values", 0, "note"],
    label: /Ghi chú/,
    max: 2000,
  },
  ...(["highlights", "difficulties", "tasks"] as const).map((kind): Field => ({
    name: `narrative ${kind}`,
    schema: saveNarrativeCommand.input,
    input: (text) => ({ ...month, highlights: "", difficulties: "", tasks: "", [kind]: text }),
    read: (d: any) => d[kind],
    path: [kind],
    label: /Kết quả nổi bật|Khó khăn|Nhiệm vụ/,
    max: 20_000,
  })),
  {
    name: "narrative (the form's schema)",
    schema: narrativeSchema,
    input: (text) => ({ highlights: text, difficulties: text, tasks: text }),
    read: (d: any) => d.highlights,
    path: ["highlights"],
    label: /Kết quả nổi bật/,
    max: 20_000,
  },
  {
    name: "return reason",
    schema: reasonSchema,
    input: (reason) => ({ reason }),
    read: (d: any) => d.reason,
    path: ["reason"],
    label: /Lý do/,
    max: 2000,
  },
  {
    name: "workflow reason (optional)",
    schema: optionalReasonSchema,
    input: (reason) => ({ reason }),
    read: (d: any) => d.reason,
    path: ["reason"],
    label: /Lý do/,
    max: 2000,
  },
  {
    name: "result item text",
    schema: createResultSchema,
    input: (text) => ({ date: "2024-12-10", section: "I.1", text, figures: [] }),
    read: (d: any) => d.text,
    path: ["text"],
    label: /Nội dung/,
    max: 2000,
    rules: true,
  },
  {
    name: "result item figure unit",
    schema: createResultSchema,
    input: (unit) => ({ date: "2024-12-10", section: "I.1", text: "Đã thành lập {1}", figures: [{ value: 3, unit }] }),
    read: (d: any) => d.figures[0].unit,
    path: ["figures", 0, "unit"],
    label: /Đơn vị tính/,
    max: 100,
    line: true,
  },
  {
    name: "draft paragraph (the editor)",
    schema: saveDraftSchema,
    input: (text) => ({ ...draftRef, blocks: [paragraph(text)], missing: [] }),
    read: (d: any) => d.blocks[0].runs[0].text,
    path: ["blocks", 0, "runs", 0, "text"],
    label: /Nội dung đoạn văn|Đoạn văn/,
    max: 20_000,
  },
  {
    name: "draft heading (the editor)",
    schema: saveDraftSchema,
    input: (text) => ({
      ...draftRef,
      blocks: [{ id: "s:x", type: "heading", level: 1, section: null, text }],
      missing: [],
    }),
    read: (d: any) => d.blocks[0].text,
    path: ["blocks", 0, "text"],
    label: /Tiêu đề mục/,
    max: 1000,
    line: true,
  },
  {
    name: "draft version note",
    schema: saveDraftSchema,
    input: (note) => ({ ...draftRef, blocks: [paragraph("Đoạn")], missing: [], note }),
    read: (d: any) => d.note,
    path: ["note"],
    label: /Ghi chú phiên bản/,
    max: 500,
  },
  {
    name: "leader's comment on a version",
    schema: addDraftCommentSchema,
    input: (text) => ({ versionId: 1, text }),
    read: (d: any) => d.text,
    path: ["text"],
    label: /Nội dung góp ý/,
    max: 4000,
  },
  {
    name: "sentence template",
    schema: sentenceTemplateSchema,
    input: (template) => ({ indicator: "x", template, version: 0 }),
    read: (d: any) => d.template,
    path: ["template"],
    label: /Mẫu câu|chỗ trống|dấu ngoặc|\{/,
    max: 1000,
    line: true,
    rules: true,
  },
  {
    name: "report section title",
    schema: sectionSchema,
    input: (title) => ({ code: "I.9", title }),
    read: (d: any) => d.title,
    path: ["title"],
    label: /tên mục/,
    max: 300,
    line: true,
  },
  ...(["name", "unit"] as const).map((key): Field => ({
    name: `new indicator ${key}`,
    schema: createIndicatorSchema,
    input: (text) => ({
      year: 2024,
      code: "x.y",
      name: "Tên",
      unit: "%",
      kind: "rate",
      department: "sct",
      [key]: text,
    }),
    read: (d: any) => d[key],
    path: [key],
    label: key === "name" ? /tên chỉ tiêu/ : /đơn vị tính/,
    max: key === "name" ? 300 : 50,
    line: true,
  })),
  ...(["name", "sentenceName", "unit"] as const).map((key): Field => ({
    name: `indicator ${key}`,
    schema: updateIndicatorSchema,
    input: (text) => ({ ...indicator, [key]: text }),
    read: (d: any) => d[key],
    path: [key],
    label: { name: /tên chỉ tiêu/, sentenceName: /Tên trong câu/, unit: /đơn vị tính/ }[key],
    max: key === "unit" ? 50 : 300,
    line: true,
  })),
  {
    name: "indicator sentence template (plan administration)",
    schema: updateIndicatorSchema,
    input: (sentenceTemplate) => ({ ...indicator, sentenceTemplate }),
    read: (d: any) => d.sentenceTemplate,
    path: ["sentenceTemplate"],
    label: /Mẫu câu/,
    max: 1000,
    line: true,
  },
  ...(["name", "shortName"] as const).map((key): Field => ({
    name: `new department ${key}`,
    schema: createDepartmentSchema,
    input: (text) => ({ code: "xx", name: "Sở X", [key]: text }),
    read: (d: any) => d[key],
    path: [key],
    label: key === "name" ? /tên đơn vị/ : /Tên viết tắt/,
    max: key === "name" ? 300 : 100,
    line: true,
  })),
  ...(["name", "shortName"] as const).map((key): Field => ({
    name: `department ${key}`,
    schema: renameDepartmentSchema,
    input: (text) => ({ code: "sct", name: "Sở X", shortName: "X", version: 1, [key]: text }),
    read: (d: any) => d[key],
    path: [key],
    label: key === "name" ? /tên đơn vị/ : /tên viết tắt/,
    max: key === "name" ? 300 : 100,
    line: true,
  })),
  {
    name: "plan year reopening reason",
    schema: reopenPlanYearSchema,
    input: (reason) => ({ year: 2024, version: 1, reason }),
    read: (d: any) => d.reason,
    path: ["reason"],
    label: /Lý do|lý do/,
    max: 500,
    rules: true, // at least 5 characters
  },
  {
    name: "report opening",
    schema: reportOpeningsSchema,
    input: (text) => ({ year: 2024, version: 1, openings: openings(text) }),
    read: (d: any) => Object.values(d.openings as Record<string, string>).join(""),
    path: ["openings", REPORT_KINDS[0]],
    label: /Lời mở đầu/,
    max: 2000,
    rules: true, // only {year}, {period}, {next}
  },
  {
    name: "API token name",
    schema: createTokenSchema,
    input: (name) => ({ userId: 1, name }),
    read: (d: any) => d.name,
    path: ["name"],
    label: /tên mã truy cập/,
    max: 100,
    line: true,
  },
  {
    name: "user full name",
    schema: createUserSchema,
    input: (fullName) => ({ username: "abc", fullName, role: "planner", password: "MatKhau2024" }),
    read: (d: any) => d.fullName,
    path: ["fullName"],
    label: /Họ tên|họ tên/,
    max: 200,
    line: true,
  },
  ...(["name", "unit", "stt", "plan", "department", "code", "source", "kind"] as const).map((key): Field => ({
    name: `plan annex cell ${key}`,
    schema: applyPlanImportCommand.input,
    input: (text) => ({
      year: 2024,
      fingerprint: "f",
      fileName: "a.xlsx",
      columns: {},
      rows: [{ ...annexRow, [key]: text }],
    }),
    read: (d: any) => d.rows[0][key],
    path: ["rows", 0, key],
    label: /./,
    max: Infinity, // the preview checks lengths and meaning (tests/unit/plan-import.test.ts)
    line: true,
  })),
  ...(
    [
      ["signer", /Người ký/, 80],
      ["recipient", /Kính gửi/, 200],
      ["number", /Số văn bản/, 40],
    ] as const
  ).map(([key, label, max]): Field => ({
    name: `export ${key}`,
    schema: exportQuerySchema,
    input: (text) => ({ format: "docx", [key]: text }),
    read: (d: any) => d[key],
    path: [key],
    label,
    max,
    line: true,
  })),
];
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Clean as stored: nothing the sanitiser removes, NFC, and one line where the field is one. */
function expectClean(stored: string, line: boolean | undefined) {
  expect(hasForbiddenCharacters(stored)).toBe(false);
  expect(stored.normalize("NFC")).toBe(stored);
  if (line) expect(stored).not.toMatch(/[\n\t]/);
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((p, i) => p === b[i]);

describe.each(FIELDS.map((f) => [f.name, f] as const))("hostile text in the %s", (_name, field) => {
  it.each(HOSTILE_TEXTS.map((h) => [h.label, h.text]))("%s: stored clean or refused naming the field", (_l, text) => {
    const parsed = field.schema.safeParse(field.input(text));
    const tooLong = (field.line ? sanitizeLine(text) : sanitizeText(text)).trim().length > field.max;
    if (parsed.success) {
      const stored = field.read(parsed.data as never);
      expectClean(stored, field.line);
      expect(stored.length).toBeLessThanOrEqual(field.max);
      if (text === TEN_THOUSAND) expect(stored).toBe(TEN_THOUSAND.trim()); // stored whole, never cut
      expect(tooLong).toBe(false);
      return;
    }
    const issues = parsed.error.issues.filter((i) => samePath(i.path, field.path));
    expect(issues.length, JSON.stringify(parsed.error.issues)).toBeGreaterThan(0);
    expect(issues[0].message).toMatch(/[àáảãạăâđèéêìíòóôơùúưýỳ]/i);
    if (tooLong) {
      const long = issues.find((i) => /dài quá|quá dài|đến \d+ ký tự/.test(i.message));
      expect(long?.message, JSON.stringify(issues)).toMatch(field.label);
    } else expect(field.rules, `refused: ${issues[0].message}`).toBe(true); // a field's own rule, shown beside the field
  });
});

describe("what the fields keep", () => {
  it("a narrative keeps its lines, its markup as text and its Vietnamese (NFC)", () => {
    const typed = "Kết quả\r\n## III. GIẢ\uffff\n<script>x</script> \u202eabc";
    const parsed = narrativeSchema.parse({ highlights: typed, difficulties: "", tasks: "" });
    expect(parsed.highlights).toBe("Kết quả\n## III. GIẢ\n<script>x</script> abc");
  });

  it("a name becomes one line", () => {
    expect(createDepartmentSchema.parse({ code: "xx", name: "Sở\nCông\tThương\u0000" }).name).toBe("Sở Công Thương");
  });

  it("a text left empty by the cleaning is refused where a text is required", () => {
    expect(reasonSchema.safeParse({ reason: "\u0000\uffff\u202e" }).error?.issues[0].message).toBe(
      "Vui lòng nhập lý do",
    );
    expect(createUserSchema.safeParse({ ...userInput, fullName: "\u202e\u200f" }).error?.issues[0].message).toBe(
      "Vui lòng nhập họ tên",
    );
  });

  it("the too-long message counts the characters stored, after the cleaning", () => {
    // 2,000 characters of text and 500 controls: the controls go, the note fits
    const note = "a".repeat(2000) + "\u0000".repeat(500);
    expect(valueItemSchema.parse({ indicator: "x", value: "1", note }).note).toHaveLength(2000);
    expect(
      renameDepartmentCommand.input.safeParse({ code: "sct", name: "x".repeat(301), shortName: "x", version: 1 }).error
        ?.issues[0].message,
    ).toBe("tên đơn vị quá dài");
    expect(updateIndicatorCommand.input.safeParse({ ...indicator, unit: "%\u0000".repeat(30) }).success).toBe(true);
  });
});

const userInput = { username: "abc", fullName: "Nguyễn Văn A", role: "planner", password: "MatKhau2024" };
