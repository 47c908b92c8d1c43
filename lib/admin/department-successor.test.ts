import { describe, expect, it } from "vitest";
import { departmentInYear, type DepartmentSpan } from "./department-successor";

const d = (
  id: number,
  code: string,
  validFrom: number,
  validTo: number | null,
  mergedIntoId: number | null = null,
): DepartmentSpan => ({ id, code, validFrom, validTo, mergedIntoId });
// skhdt merged into stc from 2025; stc renamed nothing; snn and stnmt into a new snnmt from 2025; sgtvt dissolved.
const ALL = [
  d(1, "skhdt", 2020, 2024, 2),
  d(2, "stc", 2020, null),
  d(3, "snn", 2020, 2024, 5),
  d(4, "stnmt", 2020, 2024, 5),
  d(5, "snnmt", 2025, null),
  d(6, "sgtvt", 2020, 2024),
  d(7, "a", 2020, 2023, 8),
  d(8, "b", 2020, 2024, 2),
];

describe("departmentInYear", () => {
  it.each([
    [1, 2024, "skhdt"],
    [1, 2025, "stc"],
    [3, 2025, "snnmt"],
    [4, 2026, "snnmt"],
    [2, 2025, "stc"],
    [7, 2025, "stc"],
  ])("department %i in %i is %s", (id, year, code) => {
    expect(departmentInYear(ALL, id, year)?.code).toBe(code);
  });

  it("is null for a department dissolved without a successor, or one not yet created", () => {
    expect(departmentInYear(ALL, 6, 2025)).toBeNull();
    expect(departmentInYear(ALL, 5, 2024)).toBeNull();
  });

  it("stops on a merge cycle", () => {
    expect(departmentInYear([d(1, "x", 2020, 2021, 2), d(2, "y", 2020, 2021, 1)], 1, 2025)).toBeNull();
  });
});
