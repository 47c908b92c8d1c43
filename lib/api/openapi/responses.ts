import { z } from "@/lib/validation/zod";
import { UNIT_KINDS } from "@/db/schema/vocabulary";

/** The shapes the JSON API answers, for its OpenAPI description (lib/api/openapi/document.ts). */

export const errorAnswer = z
  .object({
    error: z.string().describe("what is wrong, in Vietnamese"),
    errors: z.record(z.string(), z.string()).optional().describe("one message per field, e.g. values.1.value"),
  })
  .describe("A refusal");

const target = z.object({
  source: z.enum(["hdnd", "tw", "phan_dau"]),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

const indicator = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  kind: z.enum(["cumulative", "point", "rate"]),
  section: z.string().nullable(),
  department: z.string(),
  parent: z.string().nullable(),
});

export const indicatorsAnswer = z.object({
  year: z.number().int(),
  indicators: z.array(
    indicator.extend({ precision: z.number().int(), direction: z.enum(["up", "down"]), targets: z.array(target) }),
  ),
});

const pace = z.object({
  status: z.string().describe("on_track, behind, at_risk, achieved, … (docs/domain.md)"),
  reason: z.string().nullable(),
});

export const reportAnswer = z.object({
  year: z.number().int(),
  period: z.string(),
  counting: z.enum(["approved", "submitted", "all"]),
  rows: z.array(
    indicator.extend({
      value: z.number().nullable().describe("the period's figure (year to date for cumulative indicators)"),
      valueStatus: z.string().nullable(),
      inPeriodValue: z.number().nullable().describe("the period's own figure (the month or quarter alone)"),
      missingMonths: z.array(z.number().int()),
      asOfMonth: z.number().int().nullable(),
      targets: z.array(target),
      pctOfPlan: z.number().nullable(),
      pctOfPlanBySource: z.record(z.string(), z.number().nullable()),
      lastYearValue: z.number().nullable(),
      changePct: z.number().nullable(),
      changePoints: z.number().nullable(),
      yearEndValue: z.number().nullable(),
      changeVsYearEndPct: z.number().nullable(),
      pace,
      display: z.object({
        precision: z.number().int(),
        pctPrecision: z.number().int().nullable(),
        changePrecision: z.number().int().nullable(),
        direction: z.enum(["up", "down"]),
      }),
    }),
  ),
});

const storedValue = z.object({
  indicator: z.string(),
  period: z.string(),
  value: z.number(),
  status: z.enum(["estimate", "preliminary", "official"]),
  note: z.string().nullable(),
  version: z.number().int(),
});

export const submissionAnswer = z.object({
  department: z.string(),
  year: z.number().int(),
  month: z.number().int(),
  state: z.enum(["draft", "submitted", "approved", "returned"]),
  returnReason: z.string().nullable(),
  values: z.array(
    storedValue.extend({
      updatedAt: z.string(),
      history: z.array(
        z.object({ value: z.number().nullable(), status: z.string(), by: z.string().nullable() }).loose(),
      ),
    }),
  ),
});

export const storedValuesAnswer = z.object({ values: z.array(storedValue.extend({ changed: z.boolean() })) });

export const workflowAnswer = z.object({ state: z.enum(["draft", "submitted", "approved", "returned"]) });

export const readyAnswer = z.object({ readyAt: z.string(), version: z.number().int() });

export const bulkApproveAnswer = z.object({
  approved: z.array(
    z.object({
      department: z.string(),
      year: z.number().int(),
      month: z.number().int(),
      state: z.literal("approved"),
      version: z.number().int(),
    }),
  ),
});

export const templateAnswer = z.object({
  indicator: z.string(),
  template: z.string().nullable(),
  version: z.number().int(),
});
export const savedTemplateAnswer = templateAnswer.extend({ changed: z.boolean() });

export const createdPlanYearAnswer = z.object({
  year: z.number().int(),
  status: z.enum(["draft", "open", "closed"]),
  copiedFrom: z.number().int().nullable(),
  indicators: z.number().int(),
  targets: z.number().int(),
});
export const createdDepartmentAnswer = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(UNIT_KINDS),
  validFrom: z.number().int(),
  validFromMonth: z.number().int().describe("the first month it reports in its first year (1: the whole year)"),
});
export const createdIndicatorAnswer = z.object({
  code: z.string(),
  year: z.number().int(),
  department: z.string(),
  created: z.boolean(),
});
export const storedTargetsAnswer = z.object({
  year: z.number().int(),
  targets: z.array(
    z.object({
      indicator: z.string(),
      source: z.enum(["hdnd", "tw", "phan_dau"]),
      version: z.number().int(),
      changed: z.boolean(),
    }),
  ),
});

export const figureEntriesAnswer = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  precision: z.number().int(),
  sources: z.array(z.string()).describe("the periods the figure is made of (T01 … T06, or 6T)"),
  entries: z.array(
    z.object({
      year: z.number().int(),
      period: z.string(),
      value: z.number(),
      status: z.enum(["estimate", "preliminary", "official"]),
      version: z.number().int(),
      note: z.string().nullable(),
      derived: z.boolean(),
      by: z.string().nullable().describe("who entered it"),
      at: z.string().describe("when, ISO 8601"),
      submissionState: z.enum(["draft", "submitted", "approved", "returned"]).nullable(),
    }),
  ),
});
