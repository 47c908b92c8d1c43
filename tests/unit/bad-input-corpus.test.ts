import { describe, expect, it } from "vitest";
import { narrativeSchema, reasonSchema, saveValuesSchema, valueItemSchema } from "@/lib/entry/schemas";
import { MAX_ABS_VALUE, parseNumberInput, SCALE_DIGITS } from "@/lib/numbers";
import { setUserActiveSchema, createUserSchema } from "@/lib/users/schemas";
import { safeCellText } from "@/lib/excel/cells";
import { sanitizeText } from "@/lib/text/sanitize";
import {
  BAD_BODIES,
  FORMULAS,
  NUMBER_STRINGS,
  NUMBER_VALUES,
  ONE_MB,
  TEXTS,
  VIETNAMESE_NFC,
  VIETNAMESE_NFD,
  WRONG_TYPES,
} from "../corpus/bad-input";

const MAX_SCALED = MAX_ABS_VALUE * 10 ** SCALE_DIGITS;

describe("bad-input corpus: numbers", () => {
  it.each(
    [...NUMBER_STRINGS, ...NUMBER_VALUES, ...WRONG_TYPES].map((v) => [
      typeof v === "string" ? JSON.stringify(v).slice(0, 40) : String(v),
      v,
    ]),
  )("%s: a Vietnamese error or an exact scaled integer in range, never -0", (_label, input) => {
    const result = parseNumberInput(input);
    if (result.ok) {
      expect(Number.isSafeInteger(result.scaled)).toBe(true);
      expect(Math.abs(result.scaled)).toBeLessThan(MAX_SCALED);
      expect(Object.is(result.scaled, -0)).toBe(false);
    } else {
      expect(result.error.length).toBeGreaterThan(5);
      expect(result.error).toMatch(/[àáảãạăâđèéêìíòóôơùúưýỳ]/i);
    }
  });

  it.each([
    ["2.285", 22_850_000],
    ["27.068,7", 270_687_000],
    ["-0", 0],
    [-0, 0],
    ["12\u00a0345", 123_450_000],
  ])("%s is stored as %d", (input, scaled) => {
    expect(parseNumberInput(input)).toMatchObject({ ok: true, scaled });
  });

  it.each([
    "1,234.5",
    "NaN",
    "Infinity",
    "1e308",
    "0,00001",
    "100000000000",
    "",
    "  ",
    NaN,
    Infinity,
    1e308,
    5e-324,
    1e-5,
    Number.MAX_SAFE_INTEGER,
  ])("%s is refused", (input) => {
    expect(parseNumberInput(input).ok).toBe(false);
  });
});

describe("bad-input corpus: text fields", () => {
  it("Vietnamese typed in NFD is stored in NFC (notes, narrative, reasons)", () => {
    expect(VIETNAMESE_NFD).not.toBe(VIETNAMESE_NFC);
    const item = valueItemSchema.parse({ indicator: "x", value: "1", note: VIETNAMESE_NFD });
    expect(item.note).toBe(VIETNAMESE_NFC);
    expect(narrativeSchema.parse({ highlights: VIETNAMESE_NFD, difficulties: "", tasks: "" }).highlights).toBe(
      VIETNAMESE_NFC,
    );
    expect(reasonSchema.parse({ reason: VIETNAMESE_NFD }).reason).toBe(VIETNAMESE_NFC);
  });

  it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 40), t]))(
    "note %s: stored as clean text (lib/text/sanitize.ts: NFC, no controls; trimmed) or refused with the field named",
    (_label, text) => {
      const parsed = valueItemSchema.safeParse({ indicator: "x", value: "1", note: text });
      if (parsed.success) expect(parsed.data.note).toBe(sanitizeText(text).trim());
      else expect(parsed.error.issues[0].message).toMatch(/Ghi chú/);
    },
  );

  it("a megabyte of text is refused with the field named, not truncated", () => {
    const parsed = narrativeSchema.safeParse({ highlights: ONE_MB, difficulties: "", tasks: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].message).toMatch(/Kết quả nổi bật dài quá/);
  });

  it.each(FORMULAS)("text written into a spreadsheet never starts a formula: %s", (formula) => {
    expect(safeCellText(formula)).toMatch(/^[^=+\-@\t\r]/);
  });
});

describe("bad-input corpus: wrong JSON shapes", () => {
  const schemas = { saveValuesSchema, narrativeSchema, reasonSchema, setUserActiveSchema, createUserSchema };
  for (const [name, schema] of Object.entries(schemas)) {
    it.each(BAD_BODIES.map((b) => [b.slice(0, 40), b]))(
      `${name} %s: refused with messages, never throws`,
      (_label, body) => {
        let value: unknown;
        try {
          value = JSON.parse(body);
        } catch {
          return expect(() => JSON.parse(body)).toThrow(); // the route answers 400 before validation
        }
        const parsed = schema.safeParse(value);
        expect(parsed.success).toBe(false);
        expect(parsed.error!.issues.every((i) => i.message.length > 0)).toBe(true);
      },
    );
  }

  it("extra fields are refused, not silently dropped", () => {
    expect(saveValuesSchema.safeParse({ values: [{ indicator: "x", value: "1" }], admin: true }).success).toBe(false);
    expect(valueItemSchema.safeParse({ indicator: "x", value: "1", departmentId: 3 }).success).toBe(false);
  });
});
