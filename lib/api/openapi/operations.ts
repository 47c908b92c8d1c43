import { z } from "@/lib/validation/zod";
import {
  createDepartmentSchema,
  createIndicatorSchema,
  createPlanYearSchema,
  putTargetsSchema,
} from "@/lib/admin/schemas";
import { sentenceTemplateSchema } from "@/lib/draft/template-schema";
import { optionalReasonSchema, reasonSchema, saveValuesSchema } from "@/lib/entry/schemas";
import { exportQuerySchema } from "@/lib/export/query";
import { PACE_STATUSES } from "@/lib/rollup/pace";
import { bulkApproveSchema } from "@/lib/workflow/bulk-approve";
import { DRAFT_COMMENT_OPERATIONS } from "./draft-comments";
import { DRAFT_VERSION_OPERATIONS } from "./draft-version-operations";
import { NARRATIVE_RESULT_OPERATIONS } from "./narrative-results";
import { PLAN_ADMIN_OPERATIONS } from "./plan-admin-operations";
import { UNIT_RANKING_OPERATIONS } from "./unit-ranking";
import { USER_OPERATIONS } from "./user-operations";
import * as answer from "./responses";

/**
 * Every operation of the JSON API, described from the same zod schemas the handlers validate
 * with. GET /api/v1/openapi.json serves them as OpenAPI 3.1 (document.ts); a test checks that
 * every route file under app/api/v1 is here and everything here has a route file.
 */
export interface ApiOperation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI form: /api/v1/reports/{year}/{period} */
  path: string;
  summary: string;
  /** who may call it (the same rule as the pages) */
  who: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** a file upload instead of a JSON body: multipart/form-data with `file` (an .xlsx) and these text fields, or the .xlsx as the raw body */
  upload?: { fields: Record<string, string> };
  /** JSON answer, or the media type of a file answer */
  answer: z.ZodType | { mediaType: string; description: string };
  /** status codes besides 200 with what they mean */
  refusals?: Record<number, string>;
  /** answers carry an ETag and take If-None-Match (304) */
  conditional?: boolean;
}

const SUBMISSION = "/api/v1/submissions/{dept}/{year}/{month}";
const REPORT = "/api/v1/reports/{year}/{period}";
const countingQuery = z.object({
  counting: z
    .enum(["approved", "submitted", "all"])
    .default("submitted")
    .describe("which months count: approved only, approved and submitted, or everything"),
});
const yearQuery = z.object({
  year: z.coerce.number().int().optional().describe("the plan year (default: the latest open year)"),
});
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** a year without a plan, or one in preparation the caller may not see (lib/auth/permissions.ts canSeePlanYear): the same answer */
const NO_PLAN = "no plan for the year that the caller may see (a year in preparation is its editors' only)";
const SCOPE = {
  403: "outside the caller's department or role",
  404: `unknown department, or ${NO_PLAN}`,
  422: "bad year or month",
};
const WRITE = {
  ...SCOPE,
  409: "locked month, closed year or a version conflict (with the other person's value)",
  422: "invalid input: an error per field, nothing stored",
};

export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "POST",
    path: "/api/v1/plans",
    summary: "Create a plan year in preparation, optionally copying another year's indicators and targets",
    who: "admin",
    body: createPlanYearSchema,
    answer: answer.createdPlanYearAnswer,
    refusals: { 409: "the year exists", 422: "invalid input" },
  },
  ...PLAN_ADMIN_OPERATIONS,
  {
    method: "PUT",
    path: "/api/v1/plans/{year}/targets",
    summary: "Set a year's targets, all or nothing",
    who: "admin; planners where the year allows",
    body: putTargetsSchema,
    answer: answer.storedTargetsAnswer,
    refusals: {
      404: "no plan for the year",
      409: "closed year or a target changed meanwhile",
      422: "a malformed year, or an error per item",
    },
  },
  {
    method: "POST",
    path: "/api/v1/departments",
    summary: "Create a department valid from a plan year (and, with validFromMonth, from a month of it)",
    who: "admin",
    body: createDepartmentSchema,
    answer: answer.createdDepartmentAnswer,
    refusals: { 409: "the code exists", 422: "invalid input" },
  },
  {
    method: "GET",
    path: "/api/v1/indicators",
    summary: "The year's indicators with their targets",
    who: "signed in; department roles see their own department's",
    query: yearQuery,
    answer: answer.indicatorsAnswer,
    refusals: { 404: NO_PLAN, 422: "bad year" },
  },
  {
    method: "POST",
    path: "/api/v1/indicators",
    summary: "Put an indicator (new, or an existing code) in a year's plan",
    who: "admin; planners where the year allows",
    body: createIndicatorSchema,
    answer: answer.createdIndicatorAnswer,
    refusals: { 409: "conflict with the catalogue", 422: "invalid input" },
  },
  {
    method: "GET",
    path: "/api/v1/indicators/{code}/template",
    summary: "An indicator's sentence template (null: the default of its kind) and version",
    who: "planner, admin",
    answer: answer.templateAnswer,
    refusals: { 404: "unknown indicator" },
  },
  {
    method: "PUT",
    path: "/api/v1/indicators/{code}/template",
    summary: "Change an indicator's sentence template",
    who: "planner, admin",
    body: sentenceTemplateSchema.omit({ indicator: true }),
    answer: answer.savedTemplateAnswer,
    refusals: { 404: "unknown indicator", 409: "someone saved a newer version", 422: "the template's problem" },
  },
  {
    method: "GET",
    path: SUBMISSION,
    summary: "A department's month: state, values and their history",
    who: "in scope",
    answer: answer.submissionAnswer,
    refusals: SCOPE,
  },
  {
    method: "PUT",
    path: `${SUBMISSION}/values`,
    summary:
      "Save the month's figures, all or nothing. Send each value's `version` as read (0: none stored yet); a value already stored is not overwritten without it unless `force` is true (audited as forced)",
    who: "officer, dept_head of the department",
    body: saveValuesSchema,
    answer: answer.storedValuesAnswer,
    refusals: {
      ...WRITE,
      409: "locked month, closed year, a version conflict, or a stored value overwritten without its version; `conflicts` names each stored value and version",
      422: "invalid input: an error per field (a figure with more than 4 decimals, ≥ 100 billion, or with % for an indicator not in %), nothing stored",
    },
  },
  ...NARRATIVE_RESULT_OPERATIONS,
  ...DRAFT_COMMENT_OPERATIONS,
  {
    method: "POST",
    path: `${SUBMISSION}/submit`,
    summary: "Submit the month to the province",
    who: "dept_head of the department",
    body: optionalReasonSchema,
    answer: answer.workflowAnswer,
    refusals: { ...SCOPE, 409: "wrong state", 422: "a plausibility warning has no note" },
  },
  {
    method: "POST",
    path: `${SUBMISSION}/approve`,
    summary: "Approve a submitted month",
    who: "planner, admin",
    body: optionalReasonSchema,
    answer: answer.workflowAnswer,
    refusals: { ...SCOPE, 409: "wrong state" },
  },
  {
    method: "POST",
    path: `${SUBMISSION}/return`,
    summary: "Return a submitted month with a reason and the figures to fix",
    who: "planner, admin",
    body: reasonSchema,
    answer: answer.workflowAnswer,
    refusals: { ...SCOPE, 409: "wrong state", 422: "no reason" },
  },
  {
    method: "POST",
    path: `${SUBMISSION}/reopen`,
    summary: "Reopen an approved month with a reason",
    who: "planner, admin",
    body: reasonSchema,
    answer: answer.workflowAnswer,
    refusals: { ...SCOPE, 409: "wrong state", 422: "no reason" },
  },
  {
    method: "POST",
    path: `${SUBMISSION}/ready`,
    summary: "Tell the department's head that the month is entered (the head is notified until it is sent)",
    who: "officer, dept_head of the department",
    body: z.object({}).strict(),
    answer: answer.readyAnswer,
    refusals: { ...SCOPE, 409: "the month is already submitted or approved, or the year is not open" },
  },
  {
    method: "POST",
    path: "/api/v1/submissions/bulk-approve",
    summary:
      "Approve several submitted months at once, all or nothing: each with the version read; the first refusal (named by department and month) approves none",
    who: "planner, admin",
    body: bulkApproveSchema,
    answer: answer.bulkApproveAnswer,
    refusals: {
      403: "not a planner or admin",
      404: "unknown department or a year without a plan",
      409: "a month not submitted, or changed since it was read (its version)",
      422: "invalid input: no month, a month twice, a bad year, month or version",
    },
  },
  {
    method: "POST",
    path: `${SUBMISSION}/import`,
    summary: "Upload the month's filled .xlsx (multipart field file, or the raw body), applied all or nothing",
    who: "officer, dept_head of the department",
    upload: { fields: {} },
    answer: answer.storedValuesAnswer,
    refusals: { ...WRITE, 413: "file over 5 MB" },
  },
  {
    method: "GET",
    path: `${SUBMISSION}/template`,
    summary: "The month's pre-filled .xlsx",
    who: "in scope",
    answer: { mediaType: XLSX, description: "the entry template" },
    refusals: SCOPE,
  },
  {
    method: "GET",
    path: REPORT,
    summary: "Every indicator's figures for the period",
    who: "signed in; department roles see their own department's",
    query: countingQuery,
    answer: answer.reportAnswer,
    refusals: { 404: NO_PLAN, 422: "bad year, period or counting" },
    conditional: true,
  },
  ...UNIT_RANKING_OPERATIONS,
  {
    method: "GET",
    path: `${REPORT}/export`,
    summary: "The báo cáo as Word or the biểu tổng hợp as Excel",
    who: "leader, planner, admin",
    query: exportQuerySchema,
    answer: {
      mediaType: `${DOCX} or ${XLSX}`,
      description:
        'the file: the saved version asked for (version=id) as it was saved, else the draft generated from the data; its Vietnamese file name says which ("… - phiên bản 3.docx", "… (bản tạo từ số liệu).docx")',
    },
    refusals: { 403: "department roles", 404: `no such saved version, or ${NO_PLAN}`, 422: "bad parameter" },
    conditional: true,
  },
  {
    method: "GET",
    path: `${REPORT}/dashboard/export`,
    summary: 'The dashboard\'s "Xuất Excel": the status counts and the list it shows for the same filters, as .xlsx',
    who: "leader, planner, admin",
    query: countingQuery.extend({
      section: z.string().optional().describe("a report section's code, with its subsections (the page's Lĩnh vực)"),
      department: z.string().optional().describe("a department's code (the page's Đơn vị)"),
      status: z
        .enum(PACE_STATUSES)
        .optional()
        .describe("list only the indicators of this status (a status count clicked); none: those needing attention"),
    }),
    answer: {
      mediaType: XLSX,
      description: "the dashboard's counts and list, each indicator with its status and reason",
    },
    refusals: { 403: "department roles", 404: NO_PLAN, 422: "bad year, period or counting" },
    conditional: true,
  },
  {
    method: "GET",
    path: `${REPORT}/draft`,
    summary: "The generated draft báo cáo as Markdown",
    who: "signed in; department roles get their own department's part",
    query: countingQuery,
    answer: { mediaType: "text/markdown", description: "the draft" },
    refusals: { 404: NO_PLAN, 422: "bad year, period or counting" },
    conditional: true,
  },
  {
    method: "GET",
    path: `${REPORT}/figures/{code}`,
    summary:
      "The entries behind one figure of the draft: each month's value with its status, who entered it and when, this year and the same periods last year",
    who: "leader, planner, admin",
    query: countingQuery,
    answer: answer.figureEntriesAnswer,
    refusals: {
      403: "not a draft reader",
      404: `no such indicator in the period, or ${NO_PLAN}`,
      422: "bad year, period or counting",
    },
  },
  ...DRAFT_VERSION_OPERATIONS,
  ...USER_OPERATIONS,
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This description",
    who: "anyone",
    answer: { mediaType: "application/json", description: "OpenAPI 3.1" },
  },
];
