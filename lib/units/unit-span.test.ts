import { describe, expect, it } from "vitest";
import { unitSpanText } from "./unit-span";

describe("unitSpanText", () => {
  it.each([
    [{ validFrom: 2022, validFromMonth: 1, validTo: null, validToMonth: 12 }, "2022–nay"],
    [{ validFrom: 2022, validFromMonth: 1, validTo: 2024, validToMonth: 12 }, "2022–2024"],
    [{ validFrom: 2022, validFromMonth: 1, validTo: 2025, validToMonth: 6 }, "2022 – 6/2025"],
    [{ validFrom: 2025, validFromMonth: 7, validTo: null, validToMonth: 12 }, "từ 7/2025"],
    [{ validFrom: 2025, validFromMonth: 7, validTo: 2026, validToMonth: 12 }, "7/2025 – 2026"],
    [{ validFrom: 2025, validFromMonth: 7, validTo: 2026, validToMonth: 6 }, "7/2025 – 6/2026"],
    [{ validFrom: 2025, validFromMonth: 3, validTo: 2025, validToMonth: 3 }, "3/2025 – 3/2025"],
  ])("%o is written %s", (unit, text) => {
    expect(unitSpanText(unit)).toBe(text);
  });
});
