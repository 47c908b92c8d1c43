import { describe, expect, it } from "vitest";
import { parseCpuLine, withCpuSteal } from "../../bench/cpu-steal";

describe("CPU steal during a bench run", () => {
  it("reads total and steal from the aggregate cpu line of /proc/stat", () => {
    const stat = "cpu  100 5 50 800 10 0 5 30 0 0\ncpu0 50 2 25 400 5 0 2 15 0 0\nintr 1 2 3\n";
    expect(parseCpuLine(stat)).toEqual({ total: 1000, steal: 30 });
  });

  it("refuses a file without it", () => {
    expect(parseCpuLine("intr 1 2\n")).toBeNull();
    expect(parseCpuLine("cpu  1 2 three 4 5 6 7 8\n")).toBeNull();
  });

  it("returns the measurement's result with a percentage (or null off Linux)", async () => {
    const { result, cpuStealPct } = await withCpuSteal(async () => {
      const until = Date.now() + 50;
      while (Date.now() < until);
      return 42;
    });
    expect(result).toBe(42);
    if (cpuStealPct !== null) expect(cpuStealPct).toBeGreaterThanOrEqual(0);
    if (cpuStealPct !== null) expect(cpuStealPct).toBeLessThanOrEqual(100);
  });
});
