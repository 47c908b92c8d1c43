import { describe, expect, it } from "vitest";
import { reportRow } from "@/tests/unit/report-row-fixture";
import { assessmentBlocks, assessmentCounts, countsSentence, headlineRuns } from "./assessment";
import { paragraphText, type Run } from "./model";

const text = (runs: Run[] | null) => runs?.map((r) => r.text).join("") ?? null;
const row = (code: string, status: NonNullable<Parameters<typeof reportRow>[1]>["status"], pctOfPlan = 50) =>
  reportRow({ code, name: `Chỉ tiêu ${code}` }, { status, pctOfPlan });

describe("counting the statuses", () => {
  const rows = [
    row("a", "exceeded"),
    row("b", "achieved"),
    row("c", "on_track"),
    row("d", "behind"),
    row("e", "at_risk"),
    row("f", "not_yet"),
    row("g", "no_target"),
    reportRow({ code: "h" }, { status: "no_data", value: null }),
  ];

  it("mid-year: reached, on track, behind, at risk, not yet, no figure; no plan not counted", () => {
    expect(assessmentCounts(rows, "9T")).toEqual([
      { group: "done", count: 2 },
      { group: "on_track", count: 1 },
      { group: "behind", count: 1 },
      { group: "at_risk", count: 1 },
      { group: "not_yet", count: 1 },
      { group: "no_data", count: 1 },
    ]);
    expect(countsSentence(rows, { year: 2024, period: "9T" })).toBe(
      "Kết quả 9 tháng, trong 07 chỉ tiêu có kế hoạch năm 2024: 02 chỉ tiêu đã đạt, vượt kế hoạch năm; 01 chỉ tiêu đạt tiến độ đề ra; 01 chỉ tiêu chậm tiến độ; 01 chỉ tiêu có nguy cơ không đạt kế hoạch; 01 chỉ tiêu chưa đạt kế hoạch năm; 01 chỉ tiêu chưa có số liệu.",
    );
  });

  it("once the year is over the statuses are final: vượt, đạt, không đạt", () => {
    const final = [row("a", "exceeded"), row("b", "achieved"), row("c", "at_risk"), row("d", "at_risk")];
    expect(countsSentence(final, { year: 2024, period: "N" })).toBe(
      "Kết quả năm 2024, trong 04 chỉ tiêu có kế hoạch năm 2024: 01 chỉ tiêu vượt kế hoạch; 01 chỉ tiêu đạt kế hoạch; 02 chỉ tiêu không đạt kế hoạch.",
    );
  });

  it("says nothing without any plan", () => {
    expect(countsSentence([row("g", "no_target")], { year: 2024, period: "9T" })).toBeNull();
  });
});

describe("the headline results", () => {
  const grdp = reportRow(
    {
      code: "grdp",
      name: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)",
      sentenceName: "Tổng sản phẩm trên địa bàn (GRDP)",
      kind: "rate",
      unit: "%",
      precision: 2,
      targets: [{ source: "hdnd", min: 7, max: 7.5 }],
    },
    { value: 6.1, pctOfPlan: null, status: "at_risk", valueStatus: "estimate" },
  );
  const ahead = (code: string, pct: number, extra = {}) =>
    reportRow({ code, name: `Chỉ tiêu ${code}`, ...extra }, { status: "on_track", pctOfPlan: pct });

  it("the growth rate with its verdict, then the sums furthest ahead of plan in the outline's order", () => {
    const rows = [
      grdp,
      ahead("a", 60),
      ahead("b", 164),
      ahead("c", 90),
      ahead("d", 130),
      ahead("e", 100),
      ahead("f", 300, { parentCode: "a" }),
      ahead("g", 500, { kind: "point" }),
      ahead("h", 400, { direction: "down" }),
    ];
    expect(text(headlineRuns(rows, { year: 2024, period: "9T" }))).toBe(
      "Một số kết quả chủ yếu: tổng sản phẩm trên địa bàn (GRDP) ước tăng 6,1%, chưa đạt kế hoạch (7-7,5%); chỉ tiêu b đạt 164% kế hoạch; chỉ tiêu c đạt 90% kế hoạch; chỉ tiêu d đạt 130% kế hoạch; chỉ tiêu e đạt 100% kế hoạch.",
    );
  });

  it("a growth rate in a finished year that missed its plan is 'không đạt'", () => {
    expect(text(headlineRuns([grdp], { year: 2024, period: "N" }))).toContain("không đạt kế hoạch (7-7,5%)");
  });
});

describe("the assessment subsection", () => {
  it("a heading numbered after section I's last subsection, then its paragraphs", () => {
    const blocks = assessmentBlocks(
      [row("a", "exceeded", 120)],
      { year: 2024, period: "9T" },
      { section: "I.DG", number: 7 },
    );
    expect(blocks.map((b) => [b.id, b.type, b.section])).toEqual([
      ["s:I.DG", "heading", "I.DG"],
      ["dg:counts", "paragraph", "I.DG"],
      ["dg:results", "paragraph", "I.DG"],
    ]);
    expect(blocks[0]).toMatchObject({ level: 2, text: "7. Đánh giá chung" });
    expect(blocks[2].type === "paragraph" && paragraphText(blocks[2])).toBe(
      "Một số kết quả chủ yếu: chỉ tiêu a đạt 120% kế hoạch.",
    );
  });

  it("is left out when there is nothing to assess", () => {
    expect(
      assessmentBlocks([row("g", "no_target")], { year: 2024, period: "9T" }, { section: "I.DG", number: 7 }),
    ).toEqual([]);
  });
});
