import { describe, expect, it } from "vitest";
import { emptySections, emptySectionsWarning } from "./empty-sections";
import type { DraftBlock } from "./model";

const h = (id: string, level: 1 | 2 | 3, text = id): DraftBlock => ({ id, type: "heading", level, section: id, text });
const p = (id: string, text: string): DraftBlock => ({
  id,
  type: "paragraph",
  section: null,
  origin: "text",
  runs: text ? [{ text }] : [],
});
const names = (blocks: DraftBlock[]) => emptySections(blocks).map((s) => s.text);

describe("empty sections of a draft", () => {
  it("finds a heading followed directly by one of the same or a higher level", () => {
    expect(names([h("I", 1), p("a", "Kinh tế tăng trưởng."), h("II", 1), h("III", 1), p("b", "Nhiệm vụ.")])).toEqual([
      "II",
    ]);
    expect(names([h("I", 1), h("1", 2), p("a", "x"), h("2", 2), h("3", 2), p("b", "y")])).toEqual(["2"]);
  });

  it("takes the last heading with nothing after it as empty", () => {
    expect(names([h("I", 1), p("a", "x"), h("III", 1)])).toEqual(["III"]);
  });

  it("counts a blank paragraph as nothing, and a paragraph of a figure alone as text", () => {
    expect(names([h("II", 1), p("a", "   "), p("b", ""), h("III", 1), p("c", "z")])).toEqual(["II"]);
    const figureOnly: DraftBlock = {
      id: "f",
      type: "paragraph",
      section: null,
      origin: "indicator",
      runs: [
        {
          text: "2.285 triệu USD",
          figure: { indicator: "x", year: 2023, period: "6T", field: "value", generated: "2.285 triệu USD" },
        },
      ],
    };
    expect(names([h("II", 1), figureOnly])).toEqual([]);
  });

  it("keeps a heading whose sub-section has text, and names only the outermost of empty ones", () => {
    expect(names([h("I", 1), h("3", 2), h("3.1", 3), p("a", "x"), h("3.2", 3)])).toEqual(["3.2"]);
    expect(names([h("I", 1), h("3", 2), h("3.1", 3), h("3.2", 3), h("II", 1), p("a", "x")])).toEqual(["I"]);
  });

  it("finds nothing in a draft where every heading has text", () => {
    expect(names([p("o", "Mở đầu"), h("I", 1), p("a", "x"), h("II", 1), p("b", "y")])).toEqual([]);
  });

  it("words the confirmation with the sections' names", () => {
    expect(emptySectionsWarning([])).toBeNull();
    expect(emptySectionsWarning([{ text: "II. KHÓ KHĂN, HẠN CHẾ" }])).toBe(
      'Mục "II. KHÓ KHĂN, HẠN CHẾ" chưa có nội dung.',
    );
    expect(emptySectionsWarning([{ text: "II. KHÓ KHĂN" }, { text: "III. NHIỆM VỤ" }])).toBe(
      '2 mục chưa có nội dung: "II. KHÓ KHĂN", "III. NHIỆM VỤ".',
    );
  });
});
