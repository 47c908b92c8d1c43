import { describe, expect, it } from "vitest";
import { allMutations, apiMutations, serverActions } from "../authz/inventory";
import { ACTORS, MUTATIONS, PUBLIC_MUTATIONS } from "../authz/matrix";
import { PREPARED_YEAR_READS } from "../authz/reads";
import { apiRouteFiles } from "../api/route-files";

describe("authorization table covers every mutation", () => {
  const inCode = allMutations();
  const inTable = new Set([...MUTATIONS.map((r) => r.mutation), ...PUBLIC_MUTATIONS.map((p) => p.mutation)]);

  it("finds the app's mutations (the scanner itself works)", () => {
    expect(serverActions()).toContain("action lib/entry/actions.ts#saveMonthValuesAction");
    expect(apiMutations()).toContain("PUT /api/v1/submissions/[dept]/[year]/[month]/values");
    expect(apiMutations()).toContain("POST /api/auth/[...nextauth]");
    expect(apiMutations().some((m) => m.startsWith("GET "))).toBe(false);
  });

  it("every server action and mutating API route has a row in tests/authz/matrix.ts", () => {
    const missing = inCode.filter((m) => !inTable.has(m));
    expect(missing, `add rows to tests/authz/matrix.ts for: ${missing.join(", ")}`).toEqual([]);
  });

  it("every row names a mutation that exists", () => {
    const stale = [...inTable].filter((m) => !inCode.includes(m));
    expect(stale, `rows for mutations no longer in the code: ${stale.join(", ")}`).toEqual([]);
  });

  it("every row answers for every actor, and a department-scoped row refuses the other department", () => {
    for (const row of MUTATIONS) {
      expect(Object.keys(row.cells).sort(), row.mutation).toEqual([...ACTORS].sort());
      expect(row.cells.anonymous, `${row.mutation}: anonymous must be refused`).toBe("deny");
      if (row.ownAccount) continue;
      if (row.cells["officer:own"] === "allow") expect(row.cells["officer:other"], row.mutation).toBe("deny");
      if (row.cells["dept_head:own"] === "allow") expect(row.cells["dept_head:other"], row.mutation).toBe("deny");
    }
  });

  it("public mutations say why", () => {
    for (const p of PUBLIC_MUTATIONS) expect(p.reason.length, p.mutation).toBeGreaterThan(20);
  });
});

describe("the read table of a plan year in preparation (tests/authz/reads.ts)", () => {
  // every GET of the API that takes a year, in its path or as ?year= (the catalogue)
  const yearReads = apiRouteFiles()
    .filter(
      (r) => r.methods.includes("GET") && (r.segments.includes("[year]") || r.segments.join("/") === "indicators"),
    )
    .map((r) => `GET /api/v1/${r.segments.join("/")}`);

  it("has a row for every API read that takes a year", () => {
    expect(yearReads).toContain("GET /api/v1/reports/[year]/[period]");
    const rows = new Set(PREPARED_YEAR_READS.map((r) => r.read));
    const missing = yearReads.filter((read) => !rows.has(read));
    expect(missing, `add rows to tests/authz/reads.ts for: ${missing.join(", ")}`).toEqual([]);
  });

  it("answers for every actor, hides the year from everyone but admins (planners may not edit it there)", () => {
    for (const row of PREPARED_YEAR_READS) {
      expect(Object.keys(row.cells).sort(), row.read).toEqual([...ACTORS].sort());
      expect(row.cells.admin, row.read).toBe("sees");
      for (const actor of ACTORS.filter((a) => a !== "admin"))
        expect(row.cells[actor], `${row.read} ${actor}`).toBe("hidden");
    }
  });
});
