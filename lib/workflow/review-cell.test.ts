import { describe, expect, it } from "vitest";
import { matchesReviewFilter, parseReviewFilter, reviewCell } from "./review-cell";

const due = new Date(Date.UTC(2024, 11, 17));
const late = new Date(Date.UTC(2024, 11, 20));
const early = new Date(Date.UTC(2024, 11, 10));

describe("a review grid cell", () => {
  it.each([
    [null, late, { status: "none", overdue: true }],
    ["draft", late, { status: "draft", overdue: true }],
    ["returned", late, { status: "returned", overdue: true }],
    ["submitted", late, { status: "submitted", overdue: false }],
    ["approved", late, { status: "approved", overdue: false }],
    ["returned", early, { status: "returned", overdue: false }],
    ["draft", new Date(Date.UTC(2024, 11, 17, 20)), { status: "draft", overdue: false }],
  ] as const)("%s, today %s", (state, today, cell) => {
    expect(reviewCell(state, due, today)).toEqual(cell);
  });

  it("filters by the state, or by overdue whatever the state", () => {
    const returnedLate = reviewCell("returned", due, late);
    expect(matchesReviewFilter(returnedLate, "returned")).toBe(true);
    expect(matchesReviewFilter(returnedLate, "overdue")).toBe(true);
    expect(matchesReviewFilter(returnedLate, "draft")).toBe(false);
    expect(matchesReviewFilter(reviewCell(null, due, early), "none")).toBe(true);
    expect(matchesReviewFilter(reviewCell("submitted", due, late), null)).toBe(true);
  });

  it("marks a month the unit does not report in, never overdue nor 'Chưa nhập'", () => {
    const julyDue = new Date("2025-07-17T00:00:00Z");
    const cell = reviewCell(null, julyDue, new Date("2025-12-01T00:00:00Z"), false);
    expect(cell).toEqual({ status: "not_reporting", overdue: false });
    expect(matchesReviewFilter(cell, "none")).toBe(false);
    expect(matchesReviewFilter(cell, "overdue")).toBe(false);
    // a month it did send before the change keeps its state
    expect(reviewCell("approved", julyDue, new Date("2025-12-01T00:00:00Z"), false).status).toBe("approved");
  });

  it("reads ?state= only from the known filters", () => {
    expect(parseReviewFilter("returned")).toBe("returned");
    expect(parseReviewFilter(["overdue", "x"])).toBe("overdue");
    expect(parseReviewFilter("tất cả")).toBeNull();
    expect(parseReviewFilter(undefined)).toBeNull();
  });
});
