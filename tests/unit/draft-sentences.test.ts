import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import { loadDemoProvince } from "@/db/seed/load-demo";
import { indicatorSentence, periodPhrase, type SentenceInput } from "@/lib/draft/sentence";
import { checkTemplate, renderTemplate } from "@/lib/draft/template";
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
  const parts = withParts ? rows.filter((r) => r.indicator.parentCode === code).map((r) => input(rows, r.indicator.code, year, period, false)) : [];
  return { indicator: row.indicator, figures: row, year, period, parts };
}

describe("draft sentences from the demo's figures", () => {
  it("writes seed 000's kim ngạch sentence figure for figure, parts after 'trong đó'", () => {
    const rows = provinceReport(db, { year: 2023, period: "6T" });
    expect(indicatorSentence(input(rows, "knxnk", 2023, "6T"))).toBe(
      "Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt 2.285 triệu USD, đạt 60,1% kế hoạch, tăng 101,1% so với cùng kỳ, trong đó xuất khẩu 1.280 triệu USD, đạt 98,5% kế hoạch, tăng 322,4%, nhập khẩu 1.005 triệu USD, đạt 40,2% kế hoạch, tăng 20,6%",
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
    [2024, "9T", "thu_ns", ["7.353,5 tỷ đồng", "dự toán", "tăng 29,8%", "thu nội địa 2.148 tỷ đồng", "bằng 35,2% cùng kỳ"]],
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
    expect(renderTemplate("{name} đạt {value}[, {pctOfPlan}][, {change}]", { name: "Doanh thu", value: "105 tỷ đồng", pctOfPlan: "đạt 52,2% kế hoạch", change: null })).toBe(
      "Doanh thu đạt 105 tỷ đồng, đạt 52,2% kế hoạch",
    );
  });
  it("checks what a planner typed", () => {
    expect(checkTemplate("{name} đạt {value}, {pctx}")[0].message).toContain("{pctx}");
    expect(checkTemplate("{name} đạt [{value}")).toHaveLength(1);
    expect(checkTemplate("{name}")[0].message).toContain("{value}");
    expect(checkTemplate("Đăng ký thành lập mới {value}[, {pctOfPlan}][, {change}]")).toEqual([]);
  });
  it("names periods as the reports do", () => {
    expect(periodPhrase("6T", 2023)).toBe("6 tháng đầu năm");
    expect(periodPhrase("Q1", 2022)).toBe("quý I");
    expect(periodPhrase("T07", 2023)).toBe("tháng 7");
    expect(periodPhrase("N", 2024)).toBe("năm 2024");
  });
});
