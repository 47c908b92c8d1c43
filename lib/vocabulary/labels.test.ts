import { describe, expect, it } from "vitest";
import {
  COUNTING_MODES,
  INDICATOR_KINDS,
  PLAN_YEAR_STATUSES,
  ROLES,
  SUBMISSION_STATES,
  TARGET_SOURCES,
  VALUE_STATUSES,
  ALL_PERIODS,
  isCountingMode,
} from "@/db/schema/vocabulary";
import * as labels from "./labels";

const SETS: [string, readonly string[], Record<string, string>][] = [
  ["roles", ROLES, labels.ROLE_LABELS],
  ["plan year statuses", PLAN_YEAR_STATUSES, labels.PLAN_YEAR_STATUS_LABELS],
  ["indicator kinds", INDICATOR_KINDS, labels.INDICATOR_KIND_LABELS],
  ["target sources", TARGET_SOURCES, labels.TARGET_SOURCE_LABELS],
  ["target sources (annex)", TARGET_SOURCES, labels.TARGET_SOURCE_SHORT_LABELS],
  ["value statuses", VALUE_STATUSES, labels.VALUE_STATUS_LABELS],
  ["submission states", SUBMISSION_STATES, labels.SUBMISSION_STATE_LABELS],
  ["counting modes", COUNTING_MODES, labels.COUNTING_LABELS],
  ["periods", ALL_PERIODS, labels.PERIOD_LABELS],
];

describe("vocabulary labels", () => {
  it.each(SETS)("%s: one distinct label for every code and none for codes that do not exist", (_, codes, set) => {
    expect(Object.keys(set).sort()).toEqual([...codes].sort());
    expect(new Set(Object.values(set)).size).toBe(codes.length);
  });

  it("names value statuses as the reports do: ước, sơ bộ, chính thức", () => {
    expect(VALUE_STATUSES.map((s) => labels.lowerLabel(labels.VALUE_STATUS_LABELS[s]))).toEqual([
      "ước",
      "sơ bộ",
      "chính thức",
    ]);
  });

  it("offers every kind with what it means", () => {
    expect(labels.INDICATOR_KIND_OPTIONS).toEqual([
      { value: "cumulative", label: "Cộng dồn (cộng các tháng)" },
      { value: "point", label: "Thời điểm (số tại cuối kỳ)" },
      { value: "rate", label: "Tốc độ (chỉ số theo kỳ)" },
    ]);
  });

  it("knows the counting modes", () => {
    expect(COUNTING_MODES.every(isCountingMode)).toBe(true);
    expect(isCountingMode("everything")).toBe(false);
  });
});
