import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { generateDraft } from "@/lib/draft/generate";
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from "@/lib/draft/house-style";
import { paragraphText, type DraftDocument, type ParagraphBlock } from "@/lib/draft/model";
import { changePhrase } from "@/lib/draft/phrases";
import { indicatorSentence, type SentenceInput } from "@/lib/draft/sentence";
import type { PeriodCode } from "@/lib/periods";
import type { ReportFigures } from "@/lib/rollup";

/** Issue 13 point 7 (and 4, 5, 8): each wording rule on figures made for it; every one of these sentences read otherwise before. */
const figures = (f: Partial<ReportFigures>): ReportFigures => ({
  value: null,
  valueStatus: "official",
  inPeriodValue: null,
  missingMonths: [],
  sources: [],
  partialValue: null,
  asOfMonth: null,
  pctOfPlan: null,
  pctOfPlanBySource: {},
  lastYearValue: null,
  changePct: null,
  changeRatio: null,
  changePoints: null,
  previousInPeriodValue: null,
  lastYearInPeriodValue: null,
  yearEstimate: null,
  yearEstimatePctOfPlan: null,
  yearEndValue: null,
  changeVsYearEndPct: null,
  pace: { status: "no_data", reason: { code: "no_data" }, expectedShare: null },
  ...f,
});
const indicator = (i: Partial<SentenceInput["indicator"]>): SentenceInput["indicator"] => ({
  code: "x",
  name: "Chỉ tiêu",
  sentenceName: null,
  unit: "tỷ đồng",
  kind: "cumulative",
  precision: 1,
  pctPrecision: 1,
  changePrecision: 1,
  changeStyle: "change",
  direction: "up",
  targets: [],
  sentenceTemplate: null,
  ...i,
});
const say = (
  ind: Partial<SentenceInput["indicator"]>,
  f: Partial<ReportFigures>,
  period: PeriodCode = "9T",
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
  year = 2024,
) => indicatorSentence({ indicator: indicator(ind), figures: figures(f), year, period, style })!;

describe("lower-is-better indicators and levels never take 'đạt'", () => {
  it("nợ xấu: the amount, then its share of the loans", () => {
    const noXau = say(
      { name: "Nợ xấu", unit: "tỷ đồng", kind: "point", precision: 0, direction: "down" },
      { value: 380, yearEndValue: 370, changeVsYearEndPct: 2.7 },
    );
    expect(noXau).toBe("Nợ xấu 380 tỷ đồng, tăng 2,7% so với 31/12/2023");
    const share = say(
      {
        name: "Tỷ lệ nợ xấu",
        unit: "%",
        kind: "point",
        precision: 2,
        direction: "down",
        sentenceTemplate: "+, chiếm {value} tổng dư nợ",
      },
      { value: 0.79 },
    );
    expect(`${noXau}${share}`).toContain("Nợ xấu 380 tỷ đồng, tăng 2,7% so với 31/12/2023, chiếm 0,79% tổng dư nợ");
  });
  it("tỷ lệ hộ nghèo falls to its level, in points against last year's end named in the house style", () => {
    const style = { ...DEFAULT_HOUSE_STYLE, yearEndName: "year_end" as const };
    const sentence = say(
      { name: "Tỷ lệ hộ nghèo", unit: "%", kind: "point", precision: 2, changePrecision: 2, direction: "down" },
      { value: 11.21, yearEndValue: 14.58 },
      "N",
      style,
    );
    expect(sentence).toBe("Tỷ lệ hộ nghèo giảm còn 11,21%, giảm 3,37 điểm phần trăm so với cuối năm 2023");
    expect(sentence).not.toMatch(/đạt/);
  });
  it("an estimate of a lower-is-better figure is 'ước', not 'ước đạt'", () => {
    expect(
      say({ name: "Nợ xấu", kind: "point", precision: 0, direction: "down" }, { value: 379, valueStatus: "estimate" }),
    ).toBe("Nợ xấu ước 379 tỷ đồng");
  });
});

describe("counts of point indicators", () => {
  const xa = { name: "Xã đạt chuẩn nông thôn mới", unit: "xã", kind: "point" as const, precision: 0 };
  it("say how many were added and the new total", () => {
    expect(say(xa, { value: 98, yearEndValue: 88 })).toBe(
      "Toàn tỉnh có thêm 10 xã đạt chuẩn nông thôn mới, nâng tổng số lên 98 xã",
    );
  });
  it("without growth state the total, never 'có thêm 0'", () => {
    expect(say(xa, { value: 98, yearEndValue: 98 })).toBe("Toàn tỉnh có 98 xã đạt chuẩn nông thôn mới");
  });
});

describe("never a doubled 'đạt'", () => {
  it("a name that says 'đạt' takes 'là'", () => {
    const sentence = say(
      { name: "Số tiêu chí nông thôn mới bình quân đạt/xã", unit: "tiêu chí/xã", kind: "point", precision: 2 },
      { value: 15.65 },
    );
    expect(sentence).toBe("Số tiêu chí nông thôn mới bình quân đạt/xã là 15,65 tiêu chí/xã");
    expect(sentence).not.toMatch(/đạt\S*\s+(ước\s+)?đạt/);
  });
});

describe("a rate with a target gets a verdict", () => {
  const grdp = {
    name: "Tổng sản phẩm trên địa bàn (GRDP)",
    unit: "%",
    kind: "rate" as const,
    precision: 2,
    targets: [{ source: "hdnd" as const, min: 7, max: 7.5 }],
  };
  it.each([
    ["9T", 6.1, "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng tăng 6,1% so với cùng kỳ, chưa đạt kế hoạch (7-7,5%)"],
    ["N", 6.33, "Tổng sản phẩm trên địa bàn (GRDP) năm 2024 tăng 6,33% so với cùng kỳ, không đạt kế hoạch (7-7,5%)"],
    ["N", 7.2, "Tổng sản phẩm trên địa bàn (GRDP) năm 2024 tăng 7,2% so với cùng kỳ, đạt kế hoạch (7-7,5%)"],
    ["N", 7.8, "Tổng sản phẩm trên địa bàn (GRDP) năm 2024 tăng 7,8% so với cùng kỳ, vượt kế hoạch (7-7,5%)"],
  ] as const)("%s %s", (period, value, sentence) => {
    expect(say(grdp, { value }, period)).toBe(sentence);
  });
});

describe("one comparison per kind of indicator", () => {
  it("an indicator in % compares with last year in points, an amount as a change", () => {
    const share = indicator({ name: "Tỷ lệ che phủ rừng", unit: "%", kind: "point", changePrecision: 2 });
    expect(
      changePhrase(share, figures({ value: 64.1, lastYearValue: 63.9, changePct: 0.31, changeRatio: 100.31 }), true),
    ).toBe("cao hơn 0,2 điểm phần trăm so với cùng kỳ");
    expect(
      changePhrase(indicator({}), figures({ value: 110, lastYearValue: 100, changePct: 10, changeRatio: 110 }), true),
    ).toBe("tăng 10% so với cùng kỳ");
  });
});

describe("house style", () => {
  const amount = indicator({ name: "Doanh thu", pctPrecision: 2, changePrecision: 2 });
  const fall = figures({ value: 99.63, lastYearValue: 100, changePct: -0.37, changeRatio: 99.63, pctOfPlan: 60.1 });
  it("writes a small fall as a ratio or as a fall", () => {
    expect(changePhrase(amount, fall, true)).toBe("bằng 99,63% cùng kỳ");
    expect(changePhrase(amount, fall, true, { ...DEFAULT_HOUSE_STYLE, smallFall: "change" })).toBe(
      "giảm 0,37% so với cùng kỳ",
    );
  });
  it("writes percentages with the decimals the figure needs, or always two", () => {
    const style = { ...DEFAULT_HOUSE_STYLE, pctDecimals: "fixed2" as const };
    expect(say({ name: "Doanh thu", pctPrecision: 1 }, { value: 105, pctOfPlan: 60.1 })).toBe(
      "Doanh thu đạt 105 tỷ đồng, đạt 60,1% kế hoạch",
    );
    expect(say({ name: "Doanh thu", pctPrecision: 1 }, { value: 105, pctOfPlan: 60.1 }, "9T", style)).toBe(
      "Doanh thu đạt 105 tỷ đồng, đạt 60,10% kế hoạch",
    );
  });
});

describe("month and quarter sentences: the period's own figure, then the year to date", () => {
  it("a month", () => {
    const sentence = say(
      { name: "Tổng kim ngạch xuất nhập khẩu", unit: "triệu USD", targets: [{ source: "hdnd", value: 5000 }] },
      {
        value: 4613.4,
        inPeriodValue: 541.3,
        previousInPeriodValue: 600,
        lastYearInPeriodValue: 450,
        pctOfPlan: 92.27,
        lastYearValue: 3970,
        changePct: 16.2,
        changeRatio: 116.2,
        valueStatus: "estimate",
      },
      "T10",
    );
    expect(sentence).toBe(
      "Tổng kim ngạch xuất nhập khẩu tháng 10 ước đạt 541,3 triệu USD, giảm 9,8% so với tháng trước, tăng 20,3% so với cùng kỳ; lũy kế 10 tháng ước đạt 4.613,4 triệu USD, đạt 92,3% kế hoạch, tăng 16,2% so với cùng kỳ",
    );
  });
  it("a quarter, and a template placing the figure inside a phrase", () => {
    const sentence = say(
      {
        name: "Khách du lịch",
        unit: "nghìn lượt",
        sentenceTemplate: "Hoạt động du lịch thu hút {value} khách[, {change}]",
      },
      { value: 4266, inPeriodValue: 972, previousInPeriodValue: 1134, lastYearInPeriodValue: 900 },
      "Q3",
    );
    expect(sentence).toBe(
      "Lũy kế 9 tháng, hoạt động du lịch thu hút 4.266 nghìn lượt khách (quý III: 972 nghìn lượt, giảm 14,3% so với quý trước, tăng 8% so với cùng kỳ)",
    );
  });
  it("a zero of the period's own never reaches the prose", () => {
    expect(
      say(
        {
          name: "Cụm công nghiệp thành lập mới",
          unit: "cụm công nghiệp",
          precision: 0,
          sentenceTemplate: "{period} thành lập mới {value}",
        },
        { value: 3, inPeriodValue: 0, previousInPeriodValue: 1 },
        "T10",
      ),
    ).toBe("lũy kế 10 tháng thành lập mới 03 cụm công nghiệp");
  });
});

describe("the whole-year estimate in the 6- and 9-month reports", () => {
  const f = { value: 27068.7, pctOfPlan: 66.85, yearEstimate: 38200, yearEstimatePctOfPlan: 94.34 };
  it.each([
    ["9T", "Bán lẻ đạt 27.068,7 tỷ đồng, đạt 66,9% kế hoạch; ước thực hiện cả năm 38.200 tỷ đồng, đạt 94,3% kế hoạch"],
    ["6T", "Bán lẻ đạt 27.068,7 tỷ đồng, đạt 66,9% kế hoạch; ước thực hiện cả năm 38.200 tỷ đồng, đạt 94,3% kế hoạch"],
    ["N", "Bán lẻ đạt 27.068,7 tỷ đồng, đạt 66,9% kế hoạch"],
  ] as const)("%s", (period, sentence) => {
    expect(say({ name: "Bán lẻ" }, f, period)).toBe(sentence);
  });
});

describe("the demo's drafts", () => {
  let db: Db;
  const drafts = new Map<string, DraftDocument>();
  const text = (doc: DraftDocument) =>
    doc.blocks.filter((b): b is ParagraphBlock => b.type === "paragraph").map(paragraphText);
  beforeAll(() => {
    db = openDatabase(":memory:").db;
    migrateDatabase(db);
    loadDemoProvince(db);
    for (const [year, period] of [
      [2024, "T10"],
      [2024, "Q3"],
      [2023, "6T"],
      [2024, "9T"],
      [2023, "N"],
    ] as const)
      drafts.set(`${year}/${period}`, generateDraft(db, { year, period, counting: "approved" }));
  }, 120_000);

  it("2024/Q3 states the quarter's own retail figure and the year to date", () => {
    const retail = text(drafts.get("2024/Q3")!).find((p) => p.startsWith("Tổng mức bán lẻ"))!;
    expect(retail).toMatch(
      /^Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý III ước đạt 10\.968,7 tỷ đồng, .*; lũy kế 9 tháng ước 27\.068,7 tỷ đồng, đạt 66,85% kế hoạch/,
    );
  });

  it("2024/T10 states October's own figure and the year to date, never the year to date as October's", () => {
    const all = text(drafts.get("2024/T10")!).join("\n");
    expect(all).toMatch(
      /Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 3\.710,4 tỷ đồng, .*; lũy kế 10 tháng ước 30\.779,1 tỷ đồng/,
    );
    expect(all).toContain("Lũy kế 10 tháng, đăng ký thành lập mới 1.099 doanh nghiệp (tháng 10: 115 doanh nghiệp");
    expect(all).not.toContain("tháng 10 thành lập mới");
  });

  it("rates appear only in the periods they are entered for, and are not missing elsewhere", () => {
    const t10 = drafts.get("2024/T10")!;
    expect(text(t10).join("\n")).not.toContain("GRDP");
    expect(t10.missing.map((m) => m.indicator)).not.toContain("grdp");
    expect(text(drafts.get("2024/9T")!).join("\n")).toContain("GRDP");
  });

  it.each(["2024/T10", "2024/Q3", "2023/6T", "2024/9T", "2023/N"])(
    "%s: no 'đạt' after a lower-is-better name, no doubled 'đạt', no part repeating its whole",
    (key) => {
      const doc = drafts.get(key)!;
      const paragraphs = text(doc);
      const all = paragraphs.join("\n");
      expect(all).not.toMatch(/(Nợ xấu|nợ xấu|Tỷ lệ hộ nghèo|Tỷ lệ nợ xấu[^,]*?) (ước )?đạt/);
      expect(all).not.toMatch(/đạt\/\S+ (ước )?đạt/);
      expect(all).not.toMatch(/có thêm 0+ /);
      // the words before a paragraph's first figure never open another paragraph that says more (a whole and its part)
      const openings = doc.blocks
        .filter((b): b is ParagraphBlock => b.type === "paragraph" && b.origin === "indicator")
        .map((b) =>
          b.runs
            .slice(
              0,
              b.runs.findIndex((r) => r.figure),
            )
            .map((r) => r.text)
            .join("")
            .replace(/\s+(ước\s+)?(đạt|là)?\s*$/, "")
            .trim(),
        )
        .filter((o) => o.split(" ").length >= 4);
      for (const a of openings)
        for (const b of openings) if (a !== b) expect(b.startsWith(`${a} `), `"${a}" / "${b}"`).toBe(false);
      expect(new Set(paragraphs).size).toBe(paragraphs.length);
    },
  );
});
