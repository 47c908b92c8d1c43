import type { z } from "zod";

/** What a value must be, as a form or an API caller reads it. */
const TYPE_NAMES: Record<string, string> = {
  string: "văn bản",
  number: "số",
  int: "số nguyên",
  bigint: "số nguyên",
  nan: "giá trị không phải số",
  boolean: "giá trị đúng/sai (true/false)",
  date: "ngày",
  array: "danh sách",
  tuple: "danh sách",
  set: "tập giá trị",
  object: "đối tượng",
  record: "đối tượng",
  map: "đối tượng",
  file: "tệp",
  function: "hàm",
  symbol: "ký hiệu",
  null: "giá trị rỗng (null)",
  undefined: "trống",
  void: "trống",
};

/** What is counted when a text, list or file is too long or too short. */
const SIZE_UNITS: Record<string, string> = { string: "ký tự", array: "phần tử", set: "phần tử", file: "byte" };

const typeName = (type: string) => TYPE_NAMES[type] ?? type;
const receivedType = (input: unknown) =>
  input === null ? "null" : Array.isArray(input) ? "array" : Number.isNaN(input) ? "nan" : typeof input;
/** Vietnamese digits ("0,5", "1.000.000"); four digits stay ungrouped, as a year reads. */
const figure = (n: number | bigint) => n.toLocaleString("vi-VN", { useGrouping: n >= 10_000 || n <= -10_000 });
const quoted = (v: unknown) => (typeof v === "string" ? `"${v}"` : String(v));

/**
 * Vietnamese for the messages zod writes itself (a schema's own message always wins). Issues not
 * named here fall through to zod's Vietnamese locale (`lib/validation/zod.ts`).
 */
export const viIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Bắt buộc phải có giá trị";
      return `Phải là ${typeName(issue.expected)}, không phải ${typeName(receivedType(issue.input))}`;
    case "too_small": {
      const unit = SIZE_UNITS[issue.origin];
      if (unit) {
        if (issue.origin === "string" && Number(issue.minimum) === 1) return "Không được để trống";
        if (issue.exact) return `Phải có đúng ${figure(issue.minimum)} ${unit}`;
        return `Phải có ít nhất ${figure(issue.minimum)} ${unit}`;
      }
      if (issue.origin === "date") return "Ngày quá sớm";
      if (issue.minimum === 0 && !issue.inclusive) return "Phải lớn hơn 0";
      if (issue.minimum === 0) return "Không được là số âm";
      return `Phải ${issue.inclusive ? "từ" : "lớn hơn"} ${figure(issue.minimum)}${issue.inclusive ? " trở lên" : ""}`;
    }
    case "too_big": {
      const unit = SIZE_UNITS[issue.origin];
      if (unit) {
        if (issue.exact) return `Phải có đúng ${figure(issue.maximum)} ${unit}`;
        return `Tối đa ${figure(issue.maximum)} ${unit}`;
      }
      if (issue.origin === "date") return "Ngày quá muộn";
      return `Phải ${issue.inclusive ? "không quá" : "nhỏ hơn"} ${figure(issue.maximum)}`;
    }
    case "invalid_value":
      if (issue.values.length === 1) return `Phải là ${quoted(issue.values[0])}`;
      return `Phải là một trong: ${issue.values.map(quoted).join(", ")}`;
    case "invalid_format":
      if (issue.format === "email") return "Địa chỉ email không hợp lệ";
      if (issue.format === "regex") return "Không đúng định dạng";
      return undefined;
    case "not_multiple_of":
      return `Phải là bội số của ${figure(issue.divisor)}`;
    case "unrecognized_keys":
      return `Trường không được nhận: ${issue.keys.join(", ")}`;
    case "invalid_union":
    case "custom":
      return "Giá trị không hợp lệ";
    default:
      return undefined;
  }
};
