import { describe, expect, it } from "vitest";
import { loginSchema } from "@/lib/auth/schemas";
import { fieldErrorsOf } from "@/lib/errors";
import { reasonSchema, valueItemSchema } from "@/lib/entry/schemas";
import { z } from "./zod";

/** The field errors an app schema gives for `input`, as the forms and the API show them. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected a refusal");
  return fieldErrorsOf(parsed.error);
}

describe("zod's own messages are Vietnamese", () => {
  it("a wrong type, through the entry schema", () => {
    expect(errorsOf(reasonSchema, { reason: "Sai số", fields: ["GRDP", 5] })).toEqual({
      "fields.1": "Phải là văn bản, không phải số",
    });
  });

  it("a text too long and a field the schema does not know", () => {
    const errors = errorsOf(reasonSchema, { reason: "Sai số", fields: ["x".repeat(101)], extra: 1 });
    expect(errors).toEqual({ "fields.0": "Tối đa 100 ký tự", _: "Trường không được nhận: extra" });
  });

  it.each<[string, z.ZodType, unknown]>([
    ["Bắt buộc phải có giá trị", z.string(), undefined],
    ["Phải là số nguyên, không phải số", z.number().int(), 1.5],
    ["Phải là số, không phải văn bản", z.number(), "12"],
    ["Phải là giá trị đúng/sai (true/false), không phải danh sách", z.boolean(), []],
    ["Không được để trống", z.string().min(1), ""],
    ["Phải có ít nhất 3 ký tự", z.string().min(3), "ab"],
    ["Tối đa 2 phần tử", z.array(z.number()).max(2), [1, 2, 3]],
    ["Phải lớn hơn 0", z.number().positive(), 0],
    ["Không được là số âm", z.number().nonnegative(), -1],
    ["Phải từ 2000 trở lên", z.number().min(2000).max(2100), 1999],
    ["Phải từ 0,5 trở lên", z.number().min(0.5), 0],
    ["Phải không quá 12", z.number().max(12), 13],
    ["Phải nhỏ hơn 1.000.000", z.number().lt(1_000_000), 1_000_000],
    ['Phải là một trong: "up", "down"', z.enum(["up", "down"]), "left"],
    ["Phải là true", z.literal(true), false],
    ["Địa chỉ email không hợp lệ", z.string().email(), "a@"],
    ["Không đúng định dạng", z.string().regex(/^\d+$/), "a"],
    ["Phải là bội số của 5", z.number().multipleOf(5), 7],
    ["Giá trị không hợp lệ", z.string().refine((s) => s.length > 2), "a"],
    ["UUID không hợp lệ", z.string().uuid(), "x"],
  ])("%s", (message, schema, input) => {
    expect(schema.safeParse(input).error?.issues[0]?.message).toBe(message);
  });
});

describe("the app's own messages still win", () => {
  it("login asks for the user name in its own words", () => {
    expect(errorsOf(loginSchema, { username: " ", password: "x" })).toEqual({
      username: "Vui lòng nhập tên đăng nhập",
    });
  });

  it("the entry schema names the missing indicator code", () => {
    expect(errorsOf(valueItemSchema, { value: 1 })).toMatchObject({ indicator: "Thiếu mã chỉ tiêu" });
  });
});
