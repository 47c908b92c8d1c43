import { describe, expect, it } from "vitest";
import { reportRow } from "@/tests/unit/report-row-fixture";
import { paragraphText, type Run } from "./model";
import { monthlyNeed, taskBlocks, taskParagraphRuns } from "./tasks";

const text = (runs: Run[]) => runs.map((r) => r.text).join("");
const disbursement = reportRow(
  { code: "dtc.giai_ngan", name: "Giải ngân vốn đầu tư công", targets: [{ source: "hdnd", value: 3949.4 }] },
  { value: 1950.2, status: "behind" },
);
const projects = reportRow(
  {
    code: "dau_tu.du_an_moi",
    name: "Dự án được cấp mới",
    unit: "dự án",
    precision: 0,
    targets: [{ source: "hdnd", value: 18 }],
  },
  { value: 7, status: "behind" },
);
const accidents = reportRow(
  {
    code: "tai_nan",
    name: "Số vụ tai nạn giao thông",
    unit: "vụ",
    precision: 0,
    direction: "down",
    targets: [{ source: "hdnd", value: 120 }],
  },
  { value: 100, status: "behind" },
);
const clusters = reportRow(
  {
    code: "ccn_moi",
    name: "Cụm công nghiệp thành lập mới",
    unit: "cụm công nghiệp",
    precision: 0,
    targets: [{ source: "hdnd", value: 1 }],
  },
  { value: 0, status: "at_risk" },
);
const grdp = reportRow(
  {
    code: "grdp",
    name: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)",
    sentenceName: "Tổng sản phẩm trên địa bàn (GRDP)",
    kind: "rate",
    unit: "%",
    targets: [{ source: "hdnd", min: 7, max: 7.5 }],
  },
  { value: 6.1, status: "at_risk" },
);

describe("what the remaining months must bring", () => {
  it.each([
    [disbursement, "9T", (3949.4 - 1950.2) / 3],
    [disbursement, "T11", 3949.4 - 1950.2],
    [disbursement, "N", null],
    [grdp, "9T", null],
  ] as const)("%# (row, period, expected average)", (row, period, need) => {
    const value = monthlyNeed({ row, lag: "behind" }, period);
    if (need === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(need, 6);
  });

  it.each([
    [
      disbursement,
      "9T",
      "- Giải ngân vốn đầu tư công (Sở Kế hoạch và Đầu tư): để hoàn thành kế hoạch năm, 3 tháng còn lại cần đạt bình quân 666,4 tỷ đồng/tháng.",
    ],
    [
      disbursement,
      "T11",
      "- Giải ngân vốn đầu tư công (Sở Kế hoạch và Đầu tư): để hoàn thành kế hoạch năm, tháng 12 cần đạt 1.999,2 tỷ đồng.",
    ],
    [
      projects,
      "6T",
      "- Dự án được cấp mới (Sở Kế hoạch và Đầu tư): để hoàn thành kế hoạch năm, 6 tháng còn lại cần đạt bình quân 02 dự án/tháng.",
    ],
    [
      accidents,
      "9T",
      "- Số vụ tai nạn giao thông (Sở Kế hoạch và Đầu tư): để không vượt kế hoạch năm, 3 tháng còn lại bình quân không quá 07 vụ/tháng.",
    ],
    [grdp, "9T", "- Tổng sản phẩm trên địa bàn (GRDP): phấn đấu cả năm đạt kế hoạch đề ra (7-7,5%)."],
    // an average that rounds to nothing is never written "0 …/tháng": what the rest of the year must bring instead
    [
      clusters,
      "6T",
      "- Cụm công nghiệp thành lập mới (Sở Kế hoạch và Đầu tư): để hoàn thành kế hoạch năm, 6 tháng còn lại cần đạt thêm 01 cụm công nghiệp.",
    ],
  ] as const)("%#: the sentence for its row and period", (row, period, sentence) => {
    expect(text(taskParagraphRuns({ row, lag: "behind" }, { year: 2024, period }))).toBe(sentence);
  });

  it("links the monthly average to its indicator as the 'needed' figure", () => {
    const runs = taskParagraphRuns({ row: disbursement, lag: "behind" }, { year: 2024, period: "9T" });
    expect(runs.find((r) => r.figure)).toEqual({
      text: "666,4 tỷ đồng",
      figure: { indicator: "dtc.giai_ngan", year: 2024, period: "9T", field: "needed", generated: "666,4 tỷ đồng" },
    });
  });
});

describe("the generated paragraphs of III", () => {
  it("while months remain: a lead and a paragraph per lagging indicator, in order", () => {
    const blocks = taskBlocks(
      [
        { row: grdp, lag: "at_risk" },
        { row: disbursement, lag: "behind" },
      ],
      { year: 2024, period: "9T" },
      "III",
    );
    expect(blocks.map((b) => [b.id, b.section, b.origin, b.indicator])).toEqual([
      ["iii:lead", "III", "generated", undefined],
      ["iii:grdp", "III", "generated", "grdp"],
      ["iii:dtc.giai_ngan", "III", "generated", "dtc.giai_ngan"],
    ]);
  });

  it("once the year is over: the indicators not achieved, to be taken up next year", () => {
    const blocks = taskBlocks(
      [
        { row: grdp, lag: "not_achieved" },
        { row: disbursement, lag: "not_achieved" },
      ],
      { year: 2024, period: "N" },
      "III",
    );
    expect(blocks.map((b) => b.id)).toEqual(["iii:carry"]);
    expect(paragraphText(blocks[0])).toBe(
      "Tập trung khắc phục hạn chế, làm rõ nguyên nhân và có giải pháp cụ thể trong năm 2025 đối với các chỉ tiêu không đạt kế hoạch năm 2024: tổng sản phẩm trên địa bàn (GRDP); giải ngân vốn đầu tư công (Sở Kế hoạch và Đầu tư).",
    );
  });

  it("writes nothing when no indicator lags", () => {
    expect(taskBlocks([], { year: 2024, period: "9T" }, "III")).toEqual([]);
  });
});
