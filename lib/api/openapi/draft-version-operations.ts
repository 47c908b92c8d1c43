import { z } from "@/lib/validation/zod";
import { COUNTING_MODES, REPORT_PERIODS } from "@/db/schema/vocabulary";
import { regenerateSectionSchema, saveDraftSchema } from "@/lib/draft/schemas";
import { bodyWithout } from "./body";
import type { ApiOperation } from "./operations";

/** The draft báo cáo's saved versions in the OpenAPI description (operations.ts): the actions of /draft/{year}/{period}. */

const DRAFT = "/api/v1/reports/{year}/{period}/draft";
const version = z.object({
  id: z.number().int().describe("the version's id (export?version=id)"),
  year: z.number().int(),
  period: z.enum(REPORT_PERIODS),
  counting: z.enum(COUNTING_MODES),
  number: z.number().int().describe("1, 2, … within the period"),
  basedOn: z.number().int().nullable(),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  final: z.boolean(),
  finalizedByName: z.string().nullable(),
  finalizedAt: z.string().nullable(),
});
const block = z.object({ id: z.string(), type: z.enum(["heading", "paragraph"]) }).loose();
const REPORT = { 422: "bad year or period" };
const NO_VERSION = { ...REPORT, 404: "no such version of this report" };

export const DRAFT_VERSION_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "GET",
    path: `${DRAFT}/versions`,
    summary: "The saved versions of the period's draft, newest first",
    who: "leader, planner, admin",
    answer: z.object({ year: z.number().int(), period: z.string(), versions: z.array(version) }),
    refusals: REPORT,
  },
  {
    method: "POST",
    path: `${DRAFT}/versions`,
    summary: "Save the edited draft as the next version, on top of the version it was opened from",
    who: "planner, admin",
    body: bodyWithout(saveDraftSchema, "year", "period"),
    answer: z.object({ id: z.number().int(), number: z.number().int() }),
    refusals: {
      ...NO_VERSION,
      409: "someone saved a version since baseVersionId (nothing written)",
      422: "invalid input",
    },
  },
  {
    method: "GET",
    path: `${DRAFT}/versions/{id}`,
    summary: "One saved version with its document (blocks, missing figures, biểu tổng hợp)",
    who: "leader, planner, admin",
    answer: version.extend({ document: z.object({ blocks: z.array(block) }).loose() }),
    refusals: NO_VERSION,
  },
  {
    method: "POST",
    path: `${DRAFT}/versions/{id}/final`,
    summary: "Mark a version final (chốt): its figures are frozen for later comparison",
    who: "leader",
    answer: version,
    refusals: { ...NO_VERSION, 409: "already final" },
  },
  {
    method: "POST",
    path: `${DRAFT}/regenerate`,
    summary: "One section generated afresh from the data (not saved; the editor puts it in place of the old one)",
    who: "planner, admin",
    body: bodyWithout(regenerateSectionSchema, "year", "period"),
    answer: z.object({ blocks: z.array(block), missing: z.array(z.object({ indicator: z.string() }).loose()) }),
    refusals: { ...REPORT, 404: "no such section in the outline" },
  },
];
