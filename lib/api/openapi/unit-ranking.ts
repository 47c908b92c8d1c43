import { z } from "@/lib/validation/zod";
import { COUNTING_MODES, LOCAL_UNIT_KINDS, UNIT_KINDS, VALUE_STATUSES } from "@/db/schema/vocabulary";
import type { ApiOperation } from "./operations";

/** The units' ranking of an indicator (issue 17) in the OpenAPI description (operations.ts). */

const unitLine = z.object({
  unit: z.string().describe("the unit's code"),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  value: z.number().nullable().describe("the period's figure (year to date for cumulative indicators)"),
  valueStatus: z.enum(VALUE_STATUSES).nullable(),
  target: z.number().nullable().describe("the unit's plan (HĐND); the lower end of a range"),
  pctOfPlan: z.number().nullable(),
  lastYearValue: z
    .number()
    .nullable()
    .describe("the same period last year: the unit's own, or the sum of its predecessors' (department_successions)"),
  lastYearFrom: z
    .union([
      z.object({ kind: z.literal("own") }),
      z.object({ kind: z.literal("predecessors"), units: z.array(z.string()) }),
    ])
    .nullable(),
  changePct: z.number().nullable(),
  rank: z.number().int().nullable().describe("competition ranking (1, 1, 3); null without a figure"),
  belowAverageMonths: z
    .number()
    .int()
    .describe("consecutive months, up to the period's last, below the province average"),
  lagging: z.boolean().describe("below the province average 3 months running or more"),
});

export const unitRankingAnswer = z.union([
  z.object({
    year: z.number().int(),
    period: z.string(),
    counting: z.enum(COUNTING_MODES),
    indicator: z.string(),
    indicatorName: z.string(),
    indicatorUnit: z.string(),
    unitKind: z.enum(LOCAL_UNIT_KINDS),
    basis: z.enum(["plan", "change"]).describe("ranked by % of plan, or by the change against last year"),
    average: z
      .number()
      .nullable()
      .describe("the province average: Σ units' values / Σ units' targets × 100 (or the change of the sums)"),
    monthlyAverages: z.array(z.number().nullable()).describe("the average month by month, January first"),
    units: z.array(unitLine).describe("best first"),
    gap: z
      .object({ provinceValue: z.number(), unitsSum: z.number(), difference: z.number() })
      .nullable()
      .describe("a department's own province figure that differs from the units' sum"),
  }),
  z
    .object({
      year: z.number().int(),
      period: z.string(),
      indicators: z.array(
        z.object({ code: z.string(), name: z.string(), unit: z.string(), unitKind: z.enum(LOCAL_UNIT_KINDS) }),
      ),
    })
    .describe("without ?indicator=: the year's indicators reported by units"),
]);

export const UNIT_RANKING_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "GET",
    path: "/api/v1/reports/{year}/{period}/units",
    summary: "The units reporting an indicator ranked by % of plan (or change) against the province average",
    who: "leader, planner, admin",
    query: z.object({
      indicator: z.string().optional().describe("a province indicator's code; without it, the list of those ranked"),
      counting: z
        .enum(COUNTING_MODES)
        .default("submitted")
        .describe("which months count: approved only, approved and submitted, or everything"),
    }),
    answer: unitRankingAnswer,
    refusals: {
      403: "not a leader, planner or admin",
      404: "no plan for the year that the caller may see, or an indicator not reported by units that year",
      422: "bad year, period, counting or indicator code",
    },
    conditional: true,
  },
];
