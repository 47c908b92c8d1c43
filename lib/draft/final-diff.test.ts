import { describe, expect, it } from "vitest";
import { finalDifferences } from "./final-diff";
import type { DraftDocument, ParagraphBlock } from "./model";
import { figureSnapshot, type SnapshotRow } from "./snapshot";

const row = (code: string, value: number | null, extra: Partial<SnapshotRow> = {}): SnapshotRow => ({
  indicator: { code, name: `Tên ${code}` },
  value,
  pctOfPlan: null,
  changePct: null,
  changePoints: null,
  changeVsYearEndPct: null,
  inPeriodValue: null,
  yearEstimate: null,
  ...extra,
});
const draft = (runs: ParagraphBlock["runs"]): Pick<DraftDocument, "blocks"> => ({
  blocks: [{ id: "i:x", type: "paragraph", section: "I.3", origin: "indicator", runs }],
});
const knxnk = (text: string) => ({
  text,
  figure: { indicator: "knxnk", year: 2024, period: "9T" as const, field: "value" as const, generated: text },
});

describe("figureSnapshot", () => {
  it("keeps every figure the data has, with the text the draft states it with", () => {
    const snap = figureSnapshot(
      draft([knxnk("2.285 triệu USD")]),
      [row("knxnk", 2285, { pctOfPlan: 60.1 }), row("xk", null)],
      "t",
    );
    expect(snap.figures).toEqual([
      { indicator: "knxnk", name: "Tên knxnk", field: "value", value: 2285, text: "2.285 triệu USD" },
      { indicator: "knxnk", name: "Tên knxnk", field: "pctOfPlan", value: 60.1, text: null },
    ]);
  });
  it("takes the change in points for rates", () => {
    expect(
      figureSnapshot(draft([]), [row("grdp", 5.32, { changePoints: 1.2 })], "t").figures.map((f) => [f.field, f.value]),
    ).toEqual([
      ["value", 5.32],
      ["change", 1.2],
    ]);
  });
});

describe("finalDifferences", () => {
  const final = figureSnapshot(
    draft([knxnk("2.285 triệu USD")]),
    [row("knxnk", 2285), row("dn.moi", 258), row("an.buon_lau", 4090)],
    "t",
  );

  it("nothing when the data is unchanged, even if the wording changed", () => {
    const reworded = figureSnapshot(
      draft([knxnk("2.285,0 triệu USD")]),
      [row("knxnk", 2285), row("dn.moi", 258), row("an.buon_lau", 4090)],
      "t",
    );
    expect(finalDifferences(final, reworded)).toEqual([]);
  });

  it("lists each changed, vanished and new figure with the final and the current figure", () => {
    const now = figureSnapshot(
      draft([knxnk("2.300 triệu USD")]),
      [row("knxnk", 2300), row("an.buon_lau", 4090), row("xk", 1280)],
      "t",
    );
    expect(finalDifferences(final, now)).toEqual([
      {
        indicator: "knxnk",
        name: "Tên knxnk",
        field: "value",
        finalValue: 2285,
        finalText: "2.285 triệu USD",
        currentValue: 2300,
        currentText: "2.300 triệu USD",
      },
      {
        indicator: "dn.moi",
        name: "Tên dn.moi",
        field: "value",
        finalValue: 258,
        finalText: null,
        currentValue: null,
        currentText: null,
      },
      {
        indicator: "xk",
        name: "Tên xk",
        field: "value",
        finalValue: null,
        finalText: null,
        currentValue: 1280,
        currentText: null,
      },
    ]);
  });
});
