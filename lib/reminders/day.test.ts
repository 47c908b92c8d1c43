import { describe, expect, it } from "vitest";
import { provinceToday, reminderDaySchema } from "./run";

describe("the day of a reminder run", () => {
  it("is today in Asia/Ho_Chi_Minh (UTC+7), whatever the machine's zone", () => {
    expect(provinceToday(new Date("2024-06-15T16:59:00Z"))).toBe("2024-06-15");
    expect(provinceToday(new Date("2024-06-15T17:00:00Z"))).toBe("2024-06-16");
    expect(provinceToday(new Date("2024-06-16T00:30:00Z"))).toBe("2024-06-16");
  });

  it("--date takes YYYY-MM-DD of a real day, with a Vietnamese message otherwise", () => {
    expect(reminderDaySchema.parse("2024-02-29")).toBe("2024-02-29");
    for (const [bad, message] of [
      ["2023-02-29", "Ngày không có thật"],
      ["16/06/2024", "Ngày phải có dạng YYYY-MM-DD, ví dụ 2024-06-16"],
      ["2024-6-1", "Ngày phải có dạng YYYY-MM-DD, ví dụ 2024-06-16"],
    ])
      expect(reminderDaySchema.safeParse(bad).error?.issues[0].message).toBe(message);
  });
});
