import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { numberPhrase, periodEndDate, targetPhrase, yearEndPhrase } from "@/lib/draft/phrases";
import { indicatorSentence, periodPhrase, renderSentence, type SentenceInput } from "@/lib/draft/sentence";
import { checkTemplate, isContinuation, renderTemplate } from "@/lib/draft/template";
import type { PeriodCode } from "@/lib/periods";
import { provinceReport, type ReportRow } from "@/lib/reports/province-report";

let db: Db;
beforeAll(() => {
  db = openDatabase(":memory:").db;
  migrateDatabase(db);
  loadDemoProvince(db);
});

function input(rows: ReportRow[], code: string, year: number, period: PeriodCode, withParts = true): SentenceInput {
  const row = rows.find((r) => r.indicator.code === code)!;
  const parts = withParts
    ? rows.filter((r) => r.indicator.parentCode === code).map((r) => input(rows, r.indicator.code, year, period, false))
    : [];
  return { indicator: row.indicator, figures: row, year, period, parts };
}

describe("draft sentences from the demo's figures", () => {
  it("writes seed 000's kim ngạch sentence figure for figure, parts after 'trong đó'", () => {
    const rows = provinceReport(db, { year: 2023, period: "6T" });
    expect(indicatorSentence(input(rows, "knxnk", 2023, "6T"))).toBe(
      "Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt 2.285 triệu USD, đạt 60,1% kế hoạch, tăng 101,1% so với cùng kỳ, trong đó xuất khẩu 1.280 triệu USD, đạt 98,5% kế hoạch, tăng 322,4%, nhập khẩu 1.005 triệu USD, đạt 40,2% kế hoạch, tăng 20,6%; ước thực hiện cả năm 4.500 triệu USD, đạt 118,4% kế hoạch",
    );
  });

  it.each([
    [2023, "6T", "nn.trong_rung", ["đạt 6.500 ha", "đạt 72% kế hoạch", "tăng 8,3% so với cùng kỳ"]],
    [2023, "6T", "nn.gieo_trong_dx", ["48.232 ha", "đạt 98,4% kế hoạch", "bằng 99,6% cùng kỳ"]],
    [2023, "6T", "dn.moi", ["258 doanh nghiệp", "đạt 51,6% kế hoạch", "tăng 14% so với cùng kỳ"]],
    [2023, "6T", "ban_le", ["14.245 tỷ đồng", "đạt 52,97% kế hoạch", "tăng 17,3% so với cùng kỳ"]],
    [2023, "6T", "grdp", ["6 tháng đầu năm ước tăng 5,32% so với cùng kỳ", "trong đó", "tăng 4,05%"]],
    [2024, "9T", "ban_le", ["ước 27.068,7 tỷ đồng", "đạt 66,85% kế hoạch", "tăng 12,86%"]],
    [2024, "9T", "an.buon_lau", ["4.090 vụ", "tương đương cùng kỳ"]],
    [2024, "9T", "an.khoi_to_vu", ["293 vụ", "bằng 103,9% cùng kỳ"]],
    [
      2024,
      "9T",
      "thu_ns",
      ["7.353,5 tỷ đồng", "dự toán", "tăng 29,8%", "thu nội địa 2.148 tỷ đồng", "bằng 35,2% cùng kỳ"],
    ],
  ] as const)("%i %s %s states the seed's figures", (year, period, code, fragments) => {
    const rows = provinceReport(db, { year, period });
    const sentence = indicatorSentence(input(rows, code, year, period));
    for (const fragment of fragments) expect(sentence).toContain(fragment);
  });

  it("leaves a sentence out when its figure is missing, never writing 0", () => {
    const rows = provinceReport(db, { year: 2024, period: "N", counting: "approved" });
    expect(indicatorSentence(input(rows, "knxnk", 2024, "N"))).toBeNull();
  });
});

describe("sentence templates", () => {
  it("drops an optional group whose placeholder has nothing to say", () => {
    expect(
      renderTemplate("{name} đạt {value}[, {pctOfPlan}][, {change}]", {
        name: "Doanh thu",
        value: "105 tỷ đồng",
        pctOfPlan: "đạt 52,2% kế hoạch",
        change: null,
      }),
    ).toBe("Doanh thu đạt 105 tỷ đồng, đạt 52,2% kế hoạch");
  });
  it("checks what a planner typed", () => {
    expect(checkTemplate("{name} đạt {value}, {pctx}")[0].message).toContain("{pctx}");
    expect(checkTemplate("{name} đạt [{value}")).toHaveLength(1);
    expect(checkTemplate("{name}")[0].message).toContain("{Giá trị}");
    expect(checkTemplate("Đăng ký thành lập mới {value}[, {pctOfPlan}][, {change}]")).toEqual([]);
  });
  it("names periods as the reports do", () => {
    expect(periodPhrase("6T", 2023)).toBe("6 tháng đầu năm");
    expect(periodPhrase("Q1", 2022)).toBe("quý I");
    expect(periodPhrase("T07", 2023)).toBe("tháng 7");
    expect(periodPhrase("N", 2024)).toBe("năm 2024");
  });
});

describe("template language details", () => {
  it("marks a continuing template and drops its '+' when rendering", () => {
    expect(isContinuation("+, với {name} {value}")).toBe(true);
    expect(isContinuation("{name} {value}")).toBe(false);
    expect(renderTemplate("+, với {name} {value}", { name: "tổng số vốn đăng ký", value: "1.530 tỷ đồng" })).toBe(
      ", với tổng số vốn đăng ký 1.530 tỷ đồng",
    );
  });
  it("capitalises the letter after ': ' and tidies a dangling separator", () => {
    expect(
      renderTemplate("Kế hoạch {value}, trong đó: {partTargets}", {
        value: "3.891,923 tỷ đồng",
        partTargets: "vốn ngân sách địa phương 1.250,038 tỷ đồng",
      }),
    ).toBe("Kế hoạch 3.891,923 tỷ đồng, trong đó: Vốn ngân sách địa phương 1.250,038 tỷ đồng");
    expect(renderTemplate("{value}[, {change}];", { value: "5 vụ", change: null })).toBe("5 vụ");
  });
  it("refuses stray braces and empty templates in Vietnamese", () => {
    expect(checkTemplate("{name} {value} }")[0].message).toContain("{ }");
    expect(checkTemplate("   ")[0].message).toBe("Mẫu câu không được để trống");
    expect(checkTemplate("+; {name} {value}[, {yearEndShort}]")).toEqual([]);
  });
  it("writes counts below ten with a leading zero, other numbers as they are", () => {
    expect(numberPhrase({ precision: 0, unit: "dự án" }, 7)).toBe("07");
    expect(numberPhrase({ precision: 0, unit: "dự án" }, 10)).toBe("10");
    expect(numberPhrase({ precision: 1, unit: "km" }, 4.3)).toBe("4,3");
    expect(numberPhrase({ precision: 0, unit: "%" }, 5)).toBe("5");
    expect(numberPhrase({ precision: 0, unit: "vụ" }, 0)).toBe("0");
  });
  it("writes targets and the period's last day", () => {
    expect(targetPhrase({ unit: "tỷ đồng", targets: [{ source: "hdnd", value: 3891.923 }] })).toBe("3.891,923 tỷ đồng");
    expect(targetPhrase({ unit: "%", targets: [{ source: "hdnd", min: 7, max: 7.5 }] })).toBe("7-7,5%");
    expect(targetPhrase({ unit: "%", targets: [{ source: "tw", min: 6.5 }] })).toBe("từ 6,5% trở lên");
    expect(targetPhrase({ unit: "%", targets: [{ source: "hdnd", max: 2 }] })).toBe("không quá 2%");
    expect(targetPhrase({ unit: "%", targets: [] })).toBeNull();
    expect(periodEndDate("6T", 2023)).toBe("30/6/2023");
    expect(periodEndDate("T02", 2024)).toBe("29/2/2024");
    expect(periodEndDate("N", 2024)).toBe("31/12/2024");
  });
  it("compares an indicator in % with 31/12 in percentage points", () => {
    const ind = {
      code: "x",
      name: "Tỷ lệ",
      sentenceName: null,
      unit: "%",
      kind: "point" as const,
      precision: 1,
      pctPrecision: 1,
      changePrecision: 1,
      changeStyle: "change" as const,
      direction: "up" as const,
      targets: [],
    };
    const fig = { value: 97.5, yearEndValue: 97.1, changeVsYearEndPct: 0.41 } as never;
    expect(yearEndPhrase(ind, fig, 2023, true)).toBe("cao hơn 0,4 điểm phần trăm so với 31/12/2022");
    expect(yearEndPhrase({ ...ind, unit: "tỷ đồng" }, fig, 2023, false)).toBe("tăng 0,4%");
  });
  it("previews a template a planner types against the real figures, continuation included", () => {
    const rows = provinceReport(db, { year: 2023, period: "6T" });
    const rendered = renderSentence(input(rows, "dn.von_moi", 2023, "6T"), "+, với {name} {value}[, {changeShort}]");
    expect(rendered?.continues).toBe(true);
    expect(rendered?.runs.map((r) => r.text).join("")).toBe(", với tổng số vốn đăng ký 1.530 tỷ đồng, giảm 54%");
    expect(
      indicatorSentence(input(rows, "grdp", 2023, "6T"), "{name} {period} {verb} {value}[, trong đó: {partList}]"),
    ).toBe(
      "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm ước tăng 5,32%, trong đó: Khu vực nông, lâm nghiệp và thủy sản tăng 4,05%, công nghiệp và xây dựng tăng 6,93%, dịch vụ tăng 5,2%, thuế sản phẩm trừ trợ cấp sản phẩm tăng 3,63%",
    );
  });
});
