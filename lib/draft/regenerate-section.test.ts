import { describe, expect, it } from "vitest";
import type { DraftBlock, DraftDocument, HeadingBlock, ParagraphBlock } from "./model";
import { paragraphText } from "./model";
import { regenerateSection } from "./regenerate-section";

const heading = (section: string): HeadingBlock => ({
  id: `s:${section}`,
  type: "heading",
  level: 2,
  section,
  text: `Mục ${section}`,
});
const sentence = (section: string, code: string, text: string): ParagraphBlock => ({
  id: `i:${code}`,
  type: "paragraph",
  section,
  origin: "indicator",
  indicator: code,
  runs: [{ text }],
});
const typed = (section: string, id: string, text: string): ParagraphBlock => ({
  id,
  type: "paragraph",
  section,
  origin: "text",
  runs: [{ text }],
});
const draft = (blocks: DraftBlock[], missing: DraftDocument["missing"] = []): DraftDocument => ({
  year: 2023,
  period: "6T",
  counting: "submitted",
  generatedAt: "2023-07-01T00:00:00Z",
  subject: "s",
  blocks,
  missing,
  summary: [],
});
const ids = (d: DraftDocument) => d.blocks.map((b) => b.id);
const textOf = (d: DraftDocument, id: string) => paragraphText(d.blocks.find((b) => b.id === id) as ParagraphBlock);

const current = draft(
  [
    heading("I.1"),
    sentence("I.1", "grdp", "GRDP sửa tay"),
    heading("I.2"),
    sentence("I.2", "thu_ns", "Thu ngân sách cũ"),
    typed("I.2", "t:1", "Đoạn do chuyên viên viết"),
    heading("I.3"),
    sentence("I.3", "knxnk", "Kim ngạch sửa tay"),
  ],
  [{ indicator: "chi_ns", name: "Chi ngân sách", section: "I.2", reason: "thiếu số liệu tháng 6" }],
);
const fresh = draft([
  heading("I.1"),
  sentence("I.1", "grdp", "GRDP mới"),
  heading("I.2"),
  sentence("I.2", "thu_ns", "Thu ngân sách mới"),
  sentence("I.2", "chi_ns", "Chi ngân sách mới"),
  heading("I.3"),
  sentence("I.3", "knxnk", "Kim ngạch mới"),
]);

describe("regenerateSection", () => {
  it("replaces the section's blocks in place and keeps edits elsewhere", () => {
    const out = regenerateSection(current, fresh, "I.2");
    expect(ids(out)).toEqual(["s:I.1", "i:grdp", "s:I.2", "i:thu_ns", "i:chi_ns", "t:1", "s:I.3", "i:knxnk"]);
    expect(textOf(out, "i:thu_ns")).toBe("Thu ngân sách mới");
    expect(textOf(out, "i:grdp")).toBe("GRDP sửa tay");
    expect(textOf(out, "i:knxnk")).toBe("Kim ngạch sửa tay");
    expect(textOf(out, "t:1")).toBe("Đoạn do chuyên viên viết");
  });

  it("replaces the section's missing figures with the fresh ones", () => {
    expect(regenerateSection(current, fresh, "I.2").missing).toEqual([]);
    const stillMissing = draft(fresh.blocks, [
      { indicator: "xk", name: "Xuất khẩu", section: "I.3", reason: "thiếu số liệu tháng 5" },
    ]);
    expect(regenerateSection(current, stillMissing, "I.3").missing.map((m) => m.indicator)).toEqual(["chi_ns", "xk"]);
  });

  it("puts back a section the draft no longer has where the outline has it", () => {
    const without = draft(current.blocks.filter((b) => b.section !== "I.2"));
    expect(ids(regenerateSection(without, fresh, "I.2"))).toEqual([
      "s:I.1",
      "i:grdp",
      "s:I.2",
      "i:thu_ns",
      "i:chi_ns",
      "s:I.3",
      "i:knxnk",
    ]);
    const first = draft(current.blocks.filter((b) => b.section !== "I.1"));
    expect(ids(regenerateSection(first, fresh, "I.1")).slice(0, 3)).toEqual(["s:I.1", "i:grdp", "s:I.2"]);
  });

  it("leaves the draft untouched for a section the generator does not have", () => {
    expect(() => regenerateSection(current, fresh, "I.9")).toThrow();
    expect(ids(current)).toHaveLength(7);
  });
});
