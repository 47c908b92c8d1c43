import { describe, expect, it } from "vitest";
import { bulkApprovedMessage, nextStepMessage, type NextStepContext } from "./next-step";

const base: Omit<NextStepContext, "event" | "sends"> = {
  departmentName: "Sở Công Thương",
  year: 2024,
  month: 12,
  due: new Date(Date.UTC(2024, 11, 17)),
  today: new Date(Date.UTC(2024, 11, 10)),
};

describe("the next step after an action on a month", () => {
  it.each([
    ["save", false, "Đã lưu. Lãnh đạo sở cần gửi báo cáo trước 17/12/2024."],
    ["save", true, 'Đã lưu. Kiểm tra rồi bấm "Gửi báo cáo" trước 17/12/2024.'],
    [
      "ready",
      false,
      "Đã báo lãnh đạo sở: số liệu tháng 12/2024 đã nhập xong. Lãnh đạo sở cần gửi báo cáo trước 17/12/2024.",
    ],
    [
      "submit",
      true,
      "Đã gửi báo cáo tháng 12/2024 của Sở Công Thương. Chuyên viên tổng hợp sẽ xem xét, duyệt hoặc trả lại.",
    ],
    ["approve", false, "Đã duyệt báo cáo tháng 12/2024 của Sở Công Thương. Số liệu tháng này đã khóa."],
    [
      "return",
      false,
      "Đã trả lại báo cáo tháng 12/2024 của Sở Công Thương. Đơn vị sửa các số liệu được nêu rồi gửi lại.",
    ],
    ["reopen", false, "Đã mở lại báo cáo tháng 12/2024 của Sở Công Thương. Đơn vị điều chỉnh rồi gửi lại."],
  ] as const)("%s (sends: %s)", (event, sends, text) => {
    expect(nextStepMessage({ ...base, event, sends })).toBe(text);
  });

  it("names a local government's head as its own, not a department's", () => {
    const district = { ...base, departmentName: "Huyện Hữu Lũng", unitKind: "district" } as const;
    expect(nextStepMessage({ ...district, event: "save", sends: false })).toBe(
      "Đã lưu. Lãnh đạo UBND huyện cần gửi báo cáo trước 17/12/2024.",
    );
    expect(nextStepMessage({ ...district, unitKind: "commune", event: "ready", sends: false })).toBe(
      "Đã báo lãnh đạo UBND xã: số liệu tháng 12/2024 đã nhập xong. Lãnh đạo UBND xã cần gửi báo cáo trước 17/12/2024.",
    );
  });

  it("says the deadline has passed from the day after it, not on the day itself", () => {
    const onTheDay = { ...base, event: "save", sends: false, today: new Date(Date.UTC(2024, 11, 17, 15)) } as const;
    expect(nextStepMessage(onTheDay)).toBe("Đã lưu. Lãnh đạo sở cần gửi báo cáo trước 17/12/2024.");
    const late = { ...onTheDay, today: new Date(Date.UTC(2024, 11, 18, 1)) };
    expect(nextStepMessage(late)).toBe("Đã lưu. Lãnh đạo sở cần gửi báo cáo ngay (đã quá hạn 17/12/2024).");
  });

  it("names the months of a bulk approval, the first five and how many more", () => {
    const month = (n: number) => ({ departmentName: `Sở ${n}`, year: 2024, month: 11 });
    expect(bulkApprovedMessage([month(1), month(2)])).toBe(
      "Đã duyệt 2 báo cáo: Sở 1 tháng 11/2024; Sở 2 tháng 11/2024. Số liệu các tháng này đã khóa.",
    );
    expect(bulkApprovedMessage([1, 2, 3, 4, 5, 6, 7].map(month))).toMatch(/Sở 5 tháng 11\/2024 và 2 báo cáo khác\./);
  });
});
