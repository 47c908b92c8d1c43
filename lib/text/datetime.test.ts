import { describe, expect, it } from "vitest";
import { formatViDateTime } from "./datetime";

describe("formatViDateTime", () => {
  it.each([
    ["2024-07-01T03:04:05.123Z", "10:04:05 1/7/2024"],
    // after 17:00 UTC it is already the next day in Vietnam, also across a year
    ["2023-12-31T17:30:00Z", "00:30:00 1/1/2024"],
    ["2024-02-28T23:59:59Z", "06:59:59 29/2/2024"],
    ["2024-11-15T16:59:59Z", "23:59:59 15/11/2024"],
  ])("%s reads %s", (iso, expected) => {
    expect(formatViDateTime(iso)).toBe(expected);
    expect(formatViDateTime(new Date(iso))).toBe(expected);
  });

  it("writes what vi-VN in Asia/Ho_Chi_Minh writes", () => {
    for (const iso of ["2022-01-05T00:00:00Z", "2024-06-30T12:34:56Z", "2025-10-09T21:00:01Z"]) {
      expect(formatViDateTime(iso)).toBe(new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }));
    }
  });

  it("gives nothing for a time it cannot read", () => {
    expect(formatViDateTime("not a time")).toBe("");
  });
});
