import { describe, expect, it } from "vitest";
import { laggardsSentence, measurePhrase, unitLaggardBlocks, type UnitLaggardsInput } from "./unit-laggards";

const disbursement = (lagging: string[]): UnitLaggardsInput => ({
  indicator: { code: "dtc.giai_ngan", name: "Giải ngân vốn đầu tư công", direction: "up" },
  basis: "plan",
  units: ["Thành phố Lạng Sơn", "Huyện Hữu Lũng", "Huyện Đình Lập", "Huyện Bình Gia"].map((name) => ({
    name,
    lagging: lagging.includes(name),
  })),
});

describe("the localities lagging behind the province average, in section II", () => {
  it("names them in the ranking's order, in lower case inside the sentence, with the seed's 03 months", () => {
    expect(laggardsSentence(disbursement(["Huyện Đình Lập", "Huyện Bình Gia"]))).toBe(
      "Các địa phương có tỷ lệ giải ngân vốn đầu tư công thấp hơn bình quân chung của tỉnh 03 tháng liên tiếp: huyện Đình Lập, huyện Bình Gia.",
    );
    expect(laggardsSentence(disbursement(["Thành phố Lạng Sơn"]))).toMatch(/liên tiếp: thành phố Lạng Sơn\.$/);
  });

  it("says nothing when no locality lags", () => {
    expect(laggardsSentence(disbursement([]))).toBeNull();
    expect(unitLaggardBlocks([disbursement([])], "II")).toEqual([]);
  });

  it("compares the change against last year when the units have no plan, and 'higher' for a lower-is-better indicator", () => {
    const revenue: UnitLaggardsInput = {
      indicator: { code: "thu_ns", name: "Thu ngân sách nhà nước trên địa bàn", direction: "up" },
      basis: "change",
      units: [{ name: "Huyện Văn Quan", lagging: true }],
    };
    expect(laggardsSentence(revenue)).toBe(
      "Các địa phương có mức tăng thu ngân sách nhà nước trên địa bàn so với cùng kỳ thấp hơn bình quân chung của tỉnh 03 tháng liên tiếp: huyện Văn Quan.",
    );
    const debt = { ...revenue, indicator: { ...revenue.indicator, direction: "down" as const } };
    expect(laggardsSentence(debt)).toContain("cao hơn bình quân chung của tỉnh");
  });

  it("makes one generated paragraph of II per indicator with lagging localities", () => {
    const blocks = unitLaggardBlocks([disbursement(["Huyện Bình Gia"]), disbursement([])], "II");
    expect(blocks).toEqual([
      {
        id: "ii:units:dtc.giai_ngan",
        type: "paragraph",
        section: "II",
        origin: "generated",
        runs: [
          {
            text: "- Các địa phương có tỷ lệ giải ngân vốn đầu tư công thấp hơn bình quân chung của tỉnh 03 tháng liên tiếp: huyện Bình Gia.",
          },
        ],
      },
    ]);
  });

  it("names what is compared as a report says it, whatever the indicator's name", () => {
    expect(measurePhrase("plan", "Giải ngân vốn đầu tư công")).toBe("tỷ lệ giải ngân vốn đầu tư công");
    expect(measurePhrase("plan", "Tổng thu ngân sách trên địa bàn")).toBe(
      "tỷ lệ thực hiện kế hoạch thu ngân sách trên địa bàn",
    );
    expect(measurePhrase("plan", "Số xã đạt chuẩn nông thôn mới")).toBe(
      "tỷ lệ thực hiện kế hoạch xã đạt chuẩn nông thôn mới",
    );
    expect(measurePhrase("change", "Tổng thu ngân sách trên địa bàn")).toBe(
      "mức tăng thu ngân sách trên địa bàn so với cùng kỳ",
    );
  });
});
