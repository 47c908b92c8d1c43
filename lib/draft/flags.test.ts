import { describe, expect, it } from "vitest";
import { generatedFigureTexts } from "./figures";
import { figureFlags, flagKinds } from "./flags";
import type { DraftDocument, FigureRef, ParagraphBlock } from "./model";

const fig = (indicator: string, field: FigureRef["field"], generated: string): FigureRef => ({
  indicator,
  year: 2023,
  period: "6T",
  field,
  generated,
});
const para = (id: string, runs: ParagraphBlock["runs"]): ParagraphBlock => ({
  id,
  type: "paragraph",
  section: "I.3",
  origin: "indicator",
  indicator: id.slice(2),
  runs,
});
const doc = (blocks: ParagraphBlock[]): Pick<DraftDocument, "blocks"> => ({ blocks });

const generated = doc([
  para("i:knxnk", [
    { text: "Kim ngạch ước đạt " },
    { text: "2.285 triệu USD", figure: fig("knxnk", "value", "2.285 triệu USD") },
    { text: ", " },
    { text: "đạt 60,1% kế hoạch", figure: fig("knxnk", "pctOfPlan", "đạt 60,1% kế hoạch") },
    { text: "." },
  ]),
  para("i:dn.moi", [
    { text: "Thành lập mới " },
    { text: "258 doanh nghiệp", figure: fig("dn.moi", "value", "258 doanh nghiệp") },
    { text: "." },
  ]),
]);

describe("flagKinds", () => {
  it.each([
    ["2.285 triệu USD", "2.285 triệu USD", "2.285 triệu USD", []],
    ["2.300 triệu USD", "2.285 triệu USD", "2.285 triệu USD", ["edited"]],
    ["2.285 triệu USD", "2.285 triệu USD", "2.290 triệu USD", ["data-changed"]],
    ["2.300 triệu USD", "2.285 triệu USD", null, ["edited", "data-changed"]],
    ["2.300 triệu USD", "2.285 triệu USD", undefined, ["edited"]],
  ] as const)("text %s generated %s data %s → %j", (text, gen, current, kinds) => {
    expect(flagKinds(text, gen, current)).toEqual(kinds);
  });
});

describe("figureFlags", () => {
  it("a draft as generated from the same data has nothing to check", () => {
    expect(figureFlags(generated, generatedFigureTexts(generated))).toEqual([]);
  });

  it("flags a figure whose text was edited, keeping where it is", () => {
    const edited = structuredClone(generated);
    (edited.blocks[0] as ParagraphBlock).runs[1].text = "2.300 triệu USD";
    const flags = figureFlags(edited, generatedFigureTexts(generated));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      blockId: "i:knxnk",
      runIndex: 1,
      kinds: ["edited"],
      text: "2.300 triệu USD",
      current: "2.285 triệu USD",
    });
  });

  it("flags a figure the data now gives differently, and one the data no longer has", () => {
    const now = structuredClone(generatedFigureTexts(generated));
    now["knxnk|2023|6T|value"] = ["2.290 triệu USD"];
    delete now["dn.moi|2023|6T|value"];
    const flags = figureFlags(generated, now);
    expect(flags.map((f) => [f.figure.indicator, f.kinds, f.current])).toEqual([
      ["knxnk", ["data-changed"], "2.290 triệu USD"],
      ["dn.moi", ["data-changed"], null],
    ]);
  });

  it("a deleted figure (its link dropped) is not flagged; typed text around figures is not either", () => {
    const edited = structuredClone(generated);
    const runs = (edited.blocks[1] as ParagraphBlock).runs;
    runs.splice(1, 1, { text: "khoảng 260 doanh nghiệp" });
    runs[0].text = "Trong 6 tháng, thành lập mới ";
    expect(figureFlags(edited, generatedFigureTexts(generated))).toEqual([]);
  });

  it("without current data only edits are flagged", () => {
    const edited = structuredClone(generated);
    (edited.blocks[0] as ParagraphBlock).runs[3].text = "đạt 61% kế hoạch";
    expect(figureFlags(edited, null).map((f) => f.kinds)).toEqual([["edited"]]);
  });
});
