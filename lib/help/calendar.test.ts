import { describe, expect, it } from "vitest";
import { monthCycle, ratioPercent } from "./calendar";

describe("the guide's monthly cycle", () => {
  it("states a month's data window and due date under the default calendar (cut-off 14, due 17)", () => {
    expect(monthCycle(2024, 6, { cutoffDay: 14, dueDay: 17 })).toEqual({
      month: 6,
      year: 2024,
      dataFrom: "15/05/2024",
      dataTo: "14/06/2024",
      due: "17/06/2024",
    });
  });

  it("January's data start in December of the year before", () => {
    expect(monthCycle(2024, 1, { cutoffDay: 14, dueDay: 17 }).dataFrom).toBe("15/12/2023");
  });

  it("a due day before the cut-off falls in the next month", () => {
    expect(monthCycle(2024, 12, { cutoffDay: 20, dueDay: 5 }).due).toBe("05/01/2025");
  });

  it("writes ratios as Vietnamese percentages", () => {
    expect(ratioPercent(0.9)).toBe("90%");
    expect(ratioPercent(0.875)).toBe("87,5%");
  });
});
