import { z } from "@/lib/validation/zod";
import { narrativeSchema } from "@/lib/entry/schemas";
import { createResultSchema, deleteResultSchema, updateResultSchema } from "@/lib/results/schemas";
import type { ApiOperation } from "./operations";

/** The month's narrative and result items (kết quả, sự kiện) in the OpenAPI description (operations.ts). */
const SUBMISSION = "/api/v1/submissions/{dept}/{year}/{month}";
const SCOPE = {
  403: "outside the caller's department or role",
  404: "unknown department, or no plan for the year that the caller may see (a year in preparation is its editors' only)",
  422: "bad year or month",
};
const WRITE = {
  ...SCOPE,
  409: "locked month, closed year or a newer version saved by someone else",
  422: "invalid input: an error per field, nothing stored",
};
const ITEM_WRITE = { ...WRITE, 404: "unknown department, or no such item in this month" };

const narrativeAnswer = z.object({
  department: z.string(),
  year: z.number().int(),
  month: z.number().int(),
  reports: z
    .array(z.string())
    .optional()
    .describe("the reports this month's narrative is the department's narrative for: T06, Q2, 6T"),
  highlights: z.string(),
  difficulties: z.string(),
  tasks: z.string(),
  version: z.number().int().describe("0 when none was saved; send it back to save"),
  updatedAt: z.string().nullable(),
});

const resultItem = z.object({
  id: z.number().int(),
  date: z.string(),
  section: z.string(),
  text: z.string().describe("with {1}, {2} for the figures and [ … ] around a figure's clause"),
  figures: z.array(z.object({ value: z.number(), unit: z.string() })),
  written: z.string().nullable().describe("the item as the báo cáo writes it; null when a zero figure leaves it out"),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const NARRATIVE_RESULT_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "GET",
    path: `${SUBMISSION}/narrative`,
    summary: "The month's narrative (kết quả nổi bật, khó khăn, nhiệm vụ) and the reports it serves",
    who: "in scope",
    answer: narrativeAnswer,
    refusals: SCOPE,
  },
  {
    method: "PUT",
    path: `${SUBMISSION}/narrative`,
    summary: "Save the month's narrative",
    who: "officer, dept_head of the department",
    body: narrativeSchema,
    answer: narrativeAnswer,
    refusals: WRITE,
  },
  {
    method: "GET",
    path: `${SUBMISSION}/results`,
    summary: "The month's result items (kết quả, sự kiện), by date",
    who: "in scope",
    answer: z.object({
      department: z.string(),
      year: z.number().int(),
      month: z.number().int(),
      results: z.array(resultItem),
    }),
    refusals: SCOPE,
  },
  {
    method: "POST",
    path: `${SUBMISSION}/results`,
    summary: "Add a result item dated in the month",
    who: "officer, dept_head of the department",
    body: createResultSchema,
    answer: z.object({ result: resultItem }),
    refusals: WRITE,
  },
  {
    method: "PUT",
    path: `${SUBMISSION}/results/{id}`,
    summary: "Change a result item at the version last seen",
    who: "officer, dept_head of the department",
    body: updateResultSchema,
    answer: z.object({ result: resultItem }),
    refusals: ITEM_WRITE,
  },
  {
    method: "DELETE",
    path: `${SUBMISSION}/results/{id}`,
    summary: "Delete a result item at the version last seen",
    who: "officer, dept_head of the department",
    body: deleteResultSchema,
    answer: z.object({ id: z.number().int(), deleted: z.literal(true) }),
    refusals: ITEM_WRITE,
  },
];
