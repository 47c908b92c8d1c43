import { describe, expect, it } from "vitest";
import { reportRow } from "@/tests/unit/report-row-fixture";
import { difficultyBlocks, difficultyClause, joinClauses } from "./difficulties";
import type { Lag } from "./lagging";
import { paragraphText, type Run } from "./model";

const text = (runs: Run[]) => runs.map((r) => r.text).join("");
const request = { year: 2024, period: "9T" as const };

const disbursement = reportRow(
  { code: "dtc.giai_ngan", name: "Giải ngân vốn đầu tư công" },
  { value: 1950.2, pctOfPlan: 49.380902944825664, status: "behind" },
);
const grdp = reportRow(
  {
    code: "grdp",
    name: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)",
    sentenceName: "Tổng sản phẩm trên địa bàn (GRDP)",
    kind: "rate",
    unit: "%",
    precision: 2,
    targets: [{ source: "hdnd", min: 7, max: 7.5 }],
    sectionCode: "I.3",
    sectionTitle: "Về phát triển kinh tế",
  },
  { value: 6.1, pctOfPlan: null, status: "at_risk", valueStatus: "estimate" },
);
const poverty = reportRow(
  {
    code: "xh.ho_ngheo",
    name: "Tỷ lệ hộ nghèo",
    kind: "point",
    unit: "%",
    precision: 2,
    direction: "down",
    targets: [{ source: "hdnd", max: 8.5 }],
    sectionCode: "I.4",
    sectionTitle: "Về văn hóa - xã hội",
  },
  { value: 11.21, pctOfPlan: null, status: "at_risk", valueStatus: "estimate" },
);
const clusters = reportRow(
  {
    code: "ccn_moi",
    name: "Cụm công nghiệp thành lập mới",
    unit: "cụm công nghiệp",
    precision: 0,
    targets: [{ source: "hdnd", value: 2 }],
  },
  { value: 0, pctOfPlan: 0, status: "at_risk" },
);
const roads = reportRow(
  { code: "gtnt.nen_duong", name: "Nền đường mở mới", unit: "km" },
  { value: 6.1, pctOfPlan: 61, status: "at_risk" },
);

describe("a lagging indicator's clause in II", () => {
  it.each(
    (
      [
        [disbursement, "behind", "giải ngân vốn đầu tư công mới đạt 49,4% kế hoạch", "chậm so với tiến độ"],
        [
          disbursement,
          "at_risk",
          "giải ngân vốn đầu tư công mới đạt 49,4% kế hoạch",
          "có nguy cơ không đạt kế hoạch năm",
        ],
        [disbursement, "not_achieved", "giải ngân vốn đầu tư công đạt 49,4% kế hoạch", "không hoàn thành kế hoạch năm"],
        [roads, "at_risk", "nền đường mở mới chỉ đạt 61% kế hoạch", "có nguy cơ không đạt kế hoạch năm"],
        [
          clusters,
          "at_risk",
          "cụm công nghiệp thành lập mới chưa có kết quả (kế hoạch năm 2 cụm công nghiệp)",
          "có nguy cơ không đạt kế hoạch năm",
        ],
        [grdp, "at_risk", "tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng 6,1%", "chưa đạt kế hoạch (7-7,5%)"],
        [
          grdp,
          "not_achieved",
          "tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng 6,1%",
          "không đạt kế hoạch (7-7,5%)",
        ],
        [poverty, "not_achieved", "tỷ lệ hộ nghèo ước 11,21%", "không đạt kế hoạch (không quá 8,5%)"],
        [poverty, "at_risk", "tỷ lệ hộ nghèo ước 11,21%", "đã vượt mức kế hoạch năm (không quá 8,5%)"],
      ] as const
    ).map(([row, lag, body, verdict]) => [`${row.indicator.code} ${lag}`, row, lag, body, verdict] as const),
  )("%s", (_, row, lag, body, verdict) => {
    const clause = difficultyClause({ row, lag: lag as Lag }, request);
    expect(text(clause.body)).toBe(body);
    expect(clause.verdict).toBe(verdict);
  });

  it("links its figure to the indicator, the year and the period", () => {
    const { body } = difficultyClause({ row: disbursement, lag: "behind" }, request);
    expect(body.find((r) => r.figure)).toEqual({
      text: "49,4%",
      figure: { indicator: "dtc.giai_ngan", year: 2024, period: "9T", field: "pctOfPlan", generated: "49,4%" },
    });
    const rate = difficultyClause({ row: grdp, lag: "at_risk" }, request).body;
    expect(rate.find((r) => r.figure)?.figure).toMatchObject({
      indicator: "grdp",
      field: "value",
      generated: "tăng 6,1%",
    });
  });

  it("never writes 'đạt' right after a lower-is-better indicator", () => {
    for (const lag of ["behind", "at_risk", "not_achieved"] as const)
      expect(text(difficultyClause({ row: poverty, lag }, request).body)).not.toMatch(/nghèo (ước )?đạt/);
  });

  it("shares a verdict between neighbours, separating groups with '; '", () => {
    const clause = (body: string, verdict: string) => ({ body: [{ text: body }], verdict });
    expect(
      text(
        joinClauses([
          clause("a mới đạt 40% kế hoạch", "chậm so với tiến độ"),
          clause("b mới đạt 45% kế hoạch", "chậm so với tiến độ"),
          clause("c mới đạt 20% kế hoạch", "có nguy cơ"),
        ]),
      ),
    ).toBe(
      "a mới đạt 40% kế hoạch, b mới đạt 45% kế hoạch, đều chậm so với tiến độ; c mới đạt 20% kế hoạch, có nguy cơ",
    );
  });
});

describe("the generated paragraphs of II", () => {
  it("opens with a lead, then a paragraph per section of the outline in order", () => {
    const blocks = difficultyBlocks(
      [
        { row: grdp, lag: "at_risk" },
        { row: disbursement, lag: "behind" },
        { row: roads, lag: "behind" },
      ],
      request,
      "II",
    );
    expect(blocks.map((b) => [b.id, b.section, b.origin])).toEqual([
      ["ii:lead", "II", "generated"],
      ["ii:I.3", "II", "generated"],
      ["ii:I.3.4", "II", "generated"],
    ]);
    expect(paragraphText(blocks[0])).toBe(
      "Bên cạnh những kết quả đạt được, trong 9 tháng vẫn còn một số chỉ tiêu chậm so với tiến độ hoặc có nguy cơ không đạt kế hoạch năm, cụ thể:",
    );
    expect(paragraphText(blocks[1])).toBe(
      "- Về phát triển kinh tế: tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng 6,1%, chưa đạt kế hoạch (7-7,5%).",
    );
    expect(paragraphText(blocks[2])).toBe(
      "- Đầu tư xây dựng kết cấu hạ tầng và công tác quy hoạch: giải ngân vốn đầu tư công mới đạt 49,4% kế hoạch, nền đường mở mới chỉ đạt 61% kế hoạch, đều chậm so với tiến độ.",
    );
  });

  it("says the year is over in a year report", () => {
    const blocks = difficultyBlocks([{ row: disbursement, lag: "not_achieved" }], { year: 2024, period: "N" }, "II");
    expect(paragraphText(blocks[0])).toBe(
      "Bên cạnh những kết quả đạt được, trong năm 2024 vẫn còn một số chỉ tiêu không đạt kế hoạch, cụ thể:",
    );
  });

  it("writes nothing when no indicator lags", () => {
    expect(difficultyBlocks([], request, "II")).toEqual([]);
  });
});
