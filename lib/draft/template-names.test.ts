import { describe, expect, it } from "vitest";
import { searchKey } from "@/lib/text/search";
import { checkTemplate, KNOWN_PLACEHOLDERS, PLACEHOLDER_NAMES } from "./template";
import { placeholderOf, templateForDisplay, templateForStorage } from "./template-names";
import { sentenceTemplateSchema } from "./template-schema";

describe("sentence templates under Vietnamese names", () => {
  it("names every placeholder once, distinctly even without diacritics, with no bracket in a name", () => {
    expect(Object.keys(PLACEHOLDER_NAMES).sort()).toEqual([...KNOWN_PLACEHOLDERS].sort());
    const keys = Object.values(PLACEHOLDER_NAMES).map(searchKey);
    expect(new Set(keys).size).toBe(KNOWN_PLACEHOLDERS.length);
    for (const name of Object.values(PLACEHOLDER_NAMES)) expect(name).not.toMatch(/[{}[\]]/);
    expect(PLACEHOLDER_NAMES.pctOfPlan).toBe("Phần trăm kế hoạch");
  });

  it("shows a stored template with names and stores a typed one with tokens, both ways", () => {
    const stored = "{name} {verb} {value}[, {pctOfPlan}][, {change}]";
    const shown = "{Tên chỉ tiêu} {Đạt / ước đạt} {Giá trị}[, {Phần trăm kế hoạch}][, {So với cùng kỳ}]";
    expect(templateForDisplay(stored)).toBe(shown);
    expect(templateForStorage(shown)).toBe(stored);
    for (const token of KNOWN_PLACEHOLDERS)
      expect(templateForStorage(templateForDisplay(`{${token}}`))).toBe(`{${token}}`);
  });

  it("reads a name in any case, without diacritics, or the token itself; leaves an unknown one as typed", () => {
    expect(placeholderOf(" phan tram KE HOACH ")).toBe("pctOfPlan");
    expect(placeholderOf("pctOfPlan")).toBe("pctOfPlan");
    expect(placeholderOf("giá trị x")).toBeNull();
    expect(templateForStorage("Toàn tỉnh có {giá trị}, {pctOfPlan} và {gia_tri}")).toBe(
      "Toàn tỉnh có {value}, {pctOfPlan} và {gia_tri}",
    );
  });

  it("names problems with the names planners see", () => {
    expect(checkTemplate(templateForStorage("{Tên chỉ tiêu} {giá trị mới}")).map((p) => p.message)).toEqual([
      "Không có trường {giá trị mới}; hãy chọn một trường trong danh sách “Chèn trường”",
      "Mẫu câu phải có {Giá trị}",
    ]);
  });

  it("the form's schema stores the tokens whatever was typed", () => {
    const parsed = sentenceTemplateSchema.parse({
      indicator: "knxnk",
      template: " {Tên chỉ tiêu} {giá trị} ",
      version: 0,
    });
    expect(parsed.template).toBe("{name} {value}");
    expect(
      sentenceTemplateSchema.safeParse({ indicator: "knxnk", template: "{Tên chỉ tiêu}", version: 0 }).success,
    ).toBe(false);
  });
});
