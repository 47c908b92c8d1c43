import { describe, expect, it } from "vitest";
import { checkItemText, figurePhrase, itemSentence } from "./text";

const f = (value: number, unit: string) => ({ value: value * 10_000, unit });

describe("a result item's text", () => {
  it("writes its figures with their units in the house style", () => {
    expect(itemSentence("đã thành lập {1}", [f(3, "cụm công nghiệp")])).toBe("Đã thành lập 03 cụm công nghiệp");
    expect(figurePhrase(f(53.53, "tỷ đồng"))).toBe("53,53 tỷ đồng");
    expect(figurePhrase(f(6361.328, "tỷ đồng"))).toBe("6.361,328 tỷ đồng");
    expect(figurePhrase(f(75.3, "%"))).toBe("75,3%");
    expect(figurePhrase(f(2, ""))).toBe("2");
  });

  it("leaves out the clause of a zero figure, never writing 0", () => {
    const text = "[Điều chỉnh {1}, số vốn tăng thêm {2}][; thu hồi giấy chứng nhận đăng ký đầu tư {3}]";
    expect(itemSentence(text, [f(21, "dự án"), f(53.53, "tỷ đồng"), f(1, "dự án")])).toBe(
      "Điều chỉnh 21 dự án, số vốn tăng thêm 53,53 tỷ đồng; thu hồi giấy chứng nhận đăng ký đầu tư 01 dự án",
    );
    expect(itemSentence(text, [f(21, "dự án"), f(53.53, "tỷ đồng"), f(0, "dự án")])).toBe(
      "Điều chỉnh 21 dự án, số vốn tăng thêm 53,53 tỷ đồng",
    );
    expect(itemSentence(text, [f(0, "dự án"), f(0, "tỷ đồng"), f(1, "dự án")])).toBe(
      "Thu hồi giấy chứng nhận đăng ký đầu tư 01 dự án",
    );
  });

  it("leaves the whole item out when a zero figure stands outside every clause", () => {
    expect(itemSentence("Thành lập mới {1}", [f(0, "cụm công nghiệp")])).toBeNull();
    expect(itemSentence("Nâng cấp {1}[ và {2}]", [f(0, "Trung tâm Y tế"), f(50, "Trạm y tế")])).toBeNull();
  });

  it("checks the placeholders and brackets a department typed, in Vietnamese", () => {
    expect(checkItemText("Đã thành lập {1}", 1)).toEqual([]);
    expect(checkItemText("Tổ chức Hội nghị xúc tiến đầu tư", 0)).toEqual([]);
    expect(checkItemText("Đã thành lập", 1)).toEqual([
      "Số liệu 1 chưa được đặt vào nội dung: thêm {1} vào chỗ cần ghi",
    ]);
    expect(checkItemText("Đã thành lập {2}", 1)[0]).toContain("chỉ có 1 số liệu");
    expect(checkItemText("[Đã thành lập {1}", 1)[0]).toContain("Dấu [ ]");
    expect(checkItemText("Đã thành lập {x}", 0)[0]).toContain("Dấu { }");
    expect(checkItemText("  ", 0)[0]).toBe("Chưa nhập nội dung kết quả");
  });
});
