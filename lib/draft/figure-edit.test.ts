import { describe, expect, it } from "vitest";
import { setFigureText, type FigureTarget } from "./figure-edit";
import type { DraftDocument, FigureRef, ParagraphBlock } from "./model";

const ref = (indicator: string, field: FigureRef["field"], generated: string): FigureRef => ({
  indicator,
  year: 2023,
  period: "6T",
  field,
  generated,
});
const doc: DraftDocument = {
  year: 2023,
  period: "6T",
  counting: "submitted",
  generatedAt: "2023-07-01T00:00:00.000Z",
  subject: "tình hình kinh tế - xã hội 6 tháng đầu năm 2023",
  missing: [],
  summary: [],
  blocks: [
    { id: "s:I", type: "heading", level: 1, section: "I", text: "I. TÌNH HÌNH" },
    {
      id: "i:knxnk",
      type: "paragraph",
      section: "I",
      origin: "indicator",
      runs: [
        { text: "Kim ngạch ước đạt " },
        { text: "2.285 triệu USD", figure: ref("knxnk", "value", "2.285 triệu USD") },
        { text: ", " },
        { text: "đạt 60,1% kế hoạch", figure: ref("knxnk", "pctOfPlan", "đạt 60,1% kế hoạch") },
      ],
    },
  ],
};
const target = (ordinal: number, field: FigureRef["field"]): FigureTarget => ({
  blockId: "i:knxnk",
  ordinal,
  figure: { indicator: "knxnk", year: 2023, period: "6T", field },
});
const runs = (d: DraftDocument) => (d.blocks[1] as ParagraphBlock).runs;

describe("setting a figure's text (applied, or flushed before a save)", () => {
  it("sets the text of the figure at its place and keeps its link", () => {
    const next = setFigureText(doc, target(0, "value"), "  2.300   triệu USD ");
    expect(runs(next)[1]).toEqual({ text: "2.300 triệu USD", figure: ref("knxnk", "value", "2.285 triệu USD") });
    expect(runs(next)[3]).toBe(runs(doc)[3]);
    expect(runs(doc)[1].text).toBe("2.285 triệu USD");
  });

  it("moves what it was generated as when the current figure is taken", () => {
    const next = setFigureText(doc, target(1, "pctOfPlan"), "đạt 61% kế hoạch", "đạt 61% kế hoạch");
    expect(runs(next)[3]).toEqual({ text: "đạt 61% kế hoạch", figure: ref("knxnk", "pctOfPlan", "đạt 61% kế hoạch") });
  });

  it("finds the figure by what it states when its place now holds another one", () => {
    // the value chip was deleted in the text: the % of plan is now the paragraph's first figure
    const edited: DraftDocument = {
      ...doc,
      blocks: [doc.blocks[0], { ...(doc.blocks[1] as ParagraphBlock), runs: runs(doc).slice(2) }],
    };
    const next = setFigureText(edited, target(1, "pctOfPlan"), "đạt 62% kế hoạch");
    expect(runs(next)[1].text).toBe("đạt 62% kế hoạch");
    expect(setFigureText(edited, target(0, "value"), "2.300 triệu USD")).toBe(edited);
  });

  it("gives the same document back for blank text, unchanged text or a missing paragraph", () => {
    expect(setFigureText(doc, target(0, "value"), "   ")).toBe(doc);
    expect(setFigureText(doc, target(0, "value"), "2.285 triệu USD")).toBe(doc);
    expect(setFigureText(doc, { ...target(0, "value"), blockId: "i:none" }, "1")).toBe(doc);
  });
});
