import { z } from "@/lib/validation/zod";
import {
  DIRECTIONS,
  INDICATOR_KINDS,
  LOCAL_UNIT_KINDS,
  PLAN_YEAR_STATUSES,
  TARGET_SOURCES,
  UNIT_KINDS,
} from "@/db/schema/vocabulary";
import {
  closePlanYearSchema,
  declareSuccessionSchema,
  deleteIndicatorSchema,
  endUnitSchema,
  mergeDepartmentSchema,
  moveSectionSchema,
  openPlanYearSchema,
  planYearSettingsSchema,
  reassignIndicatorSchema,
  renameDepartmentSchema,
  reopenPlanYearSchema,
  reportOpeningsSchema,
  retireIndicatorSchema,
  sectionSchema,
  unitReportingSchema,
  updateIndicatorSchema,
} from "@/lib/admin/schemas";
import { houseStyleSchema } from "@/lib/draft/house-style-schema";
import { PCT_DECIMALS, SMALL_FALLS, YEAR_END_NAMES } from "@/lib/draft/house-style";
import { REPORT_KINDS } from "@/lib/draft/opening";
import { bodyWithout } from "./body";
import type { ApiOperation } from "./operations";

/** Plan administration in the OpenAPI description (operations.ts): the actions of /admin/plans, /admin/sections, /admin/indicators and /admin/departments. */

const ADMIN = "admin";
const PLAN_EDITORS = "admin; planners where a year allows";
const STALE = "someone changed it since the version sent";

const planYear = z.object({
  year: z.number().int(),
  status: z.enum(PLAN_YEAR_STATUSES),
  cutoffDay: z.number().int(),
  dueDay: z.number().int(),
  plannersMayEdit: z.boolean(),
  version: z.number().int().describe("send it back with the next change"),
});
const openingsAnswer = planYear.extend({
  openings: z.object(Object.fromEntries(REPORT_KINDS.map((k) => [k, z.string()]))),
});
const houseStyleAnswer = z.object({
  style: z.object({
    pctDecimals: z.enum(PCT_DECIMALS),
    smallFall: z.enum(SMALL_FALLS),
    yearEndName: z.enum(YEAR_END_NAMES),
  }),
  version: z.number().int().describe("0: never saved (the defaults)"),
});
const importCounts = z.object({
  create: z.number().int(),
  assign: z.number().int(),
  reassign: z.number().int(),
  targets: z.number().int(),
});
const scaledAmount = z.number().int().nullable().describe("× 10 000");
const importPreviewAnswer = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      kind: z.enum(INDICATOR_KINDS),
      department: z.string(),
      departmentName: z.string(),
      parent: z.string().nullable(),
      source: z.enum(TARGET_SOURCES),
      target: z.object({ value: scaledAmount, min: scaledAmount, max: scaledAmount }),
      action: z.enum(["create", "assign", "reassign", "keep"]),
      previousDepartment: z.string().nullable(),
      targetBefore: z.string().nullable(),
      targetAfter: z.string(),
      targetChanged: z.boolean(),
    }),
  ),
  errors: z.array(z.string()).describe("rows that could not be read, in Vietnamese"),
  counts: importCounts,
  fingerprint: z.string().describe("send it with the same file to POST …/import"),
});
const section = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  parent: z.string().nullable(),
  narrativeOnly: z.boolean(),
});
const indicatorDetail = z.object({
  code: z.string(),
  name: z.string(),
  sentenceName: z.string().nullable(),
  unit: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  section: z.string().nullable(),
  parent: z.string().nullable(),
  precision: z.number().int(),
  direction: z.enum(DIRECTIONS),
  sentenceTemplate: z.string().nullable(),
  retiredFromYear: z.number().int().nullable(),
  version: z.number().int(),
  plans: z.array(z.object({ year: z.number().int(), department: z.string(), status: z.enum(PLAN_YEAR_STATUSES) })),
  values: z.number().int().describe("how many values were entered (only an indicator without any may be deleted)"),
});
const department = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  validFrom: z.number().int(),
  validFromMonth: z
    .number()
    .int()
    .describe("the first month it reports in its first year (1: the whole year; the communes of July 2025: 7)"),
  kind: z.enum(UNIT_KINDS).describe("department: sở, ban, ngành; district: huyện, thành phố; commune: xã, phường"),
  validTo: z.number().int().nullable(),
  validToMonth: z
    .number()
    .int()
    .describe("the last month it reports in its last year (12: the whole year; the districts of 2025: 6)"),
  mergedInto: z.string().nullable(),
  predecessors: z
    .array(z.object({ code: z.string(), fromYear: z.number().int() }))
    .describe("the units of the year before whose work it carries on from fromYear (a merger, a split)"),
  users: z.number().int().optional().describe("how many users it has (admin only)"),
  version: z.number().int().optional().describe("for a rename's version check (admin only)"),
});
const succession = z.object({
  successor: z.string(),
  predecessors: z.array(z.string()),
  fromYear: z.number().int(),
});
const unitsQuery = z.object({
  year: z.coerce.number().int().optional().describe("only the units valid in this plan year"),
});

const YEAR = "/api/v1/plans/{year}";
const YEAR_REFUSALS = { 404: "no plan for the year", 422: "invalid input" };

export const PLAN_ADMIN_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "GET",
    path: "/api/v1/plans",
    summary: "Every plan year, those in preparation included, with its settings and counts",
    who: ADMIN,
    answer: z.object({
      years: z.array(
        planYear.extend({ indicators: z.number().int(), targets: z.number().int(), unapproved: z.number().int() }),
      ),
    }),
  },
  {
    method: "PUT",
    path: `${YEAR}/settings`,
    summary: "A year's cut-off and due days and whether planners may edit its targets and indicators",
    who: ADMIN,
    body: bodyWithout(planYearSettingsSchema, "year"),
    answer: planYear,
    refusals: { ...YEAR_REFUSALS, 409: STALE },
  },
  {
    method: "POST",
    path: `${YEAR}/open`,
    summary: "Open a year in preparation to the departments",
    who: ADMIN,
    body: bodyWithout(openPlanYearSchema, "year"),
    answer: planYear,
    refusals: { ...YEAR_REFUSALS, 409: `already open or closed, or ${STALE}` },
  },
  {
    method: "POST",
    path: `${YEAR}/close`,
    summary:
      "Close a year: every value of it locked. With months not yet approved, 409 lists them until confirm is true",
    who: ADMIN,
    body: bodyWithout(closePlanYearSchema, "year"),
    answer: planYear,
    refusals: { ...YEAR_REFUSALS, 409: `already closed, unapproved months without confirm, or ${STALE}` },
  },
  {
    method: "POST",
    path: `${YEAR}/reopen`,
    summary: "Reopen a closed year with a reason (kept in the audit log)",
    who: ADMIN,
    body: bodyWithout(reopenPlanYearSchema, "year"),
    answer: planYear,
    refusals: { ...YEAR_REFUSALS, 409: `not closed, or ${STALE}`, 422: "no reason (at least 5 characters)" },
  },
  {
    method: "POST",
    path: `${YEAR}/import/preview`,
    summary:
      "Step 1 of the HĐND annex import: what importing the .xlsx would do (indicators created, assigned, reassigned; targets set) and its fingerprint; writes nothing",
    who: PLAN_EDITORS,
    upload: { fields: {} },
    answer: importPreviewAnswer,
    refusals: {
      403: "not a plan editor of the year",
      ...YEAR_REFUSALS,
      409: "the year is closed",
      413: "file over 5 MB",
      422: "no file, or not a plan annex",
    },
  },
  {
    method: "POST",
    path: `${YEAR}/import`,
    summary:
      "Step 2: apply the annex previewed, all or nothing and audited; the same file with the preview's fingerprint (multipart field, or ?fingerprint= with a raw body)",
    who: PLAN_EDITORS,
    query: z.object({ fingerprint: z.string().optional().describe("with a raw body: the preview's fingerprint") }),
    upload: { fields: { fingerprint: "the fingerprint the preview gave" } },
    answer: importCounts,
    refusals: {
      403: "not a plan editor of the year",
      ...YEAR_REFUSALS,
      409: "the file or the plan changed since the preview (preview again), or the year is closed",
      413: "file over 5 MB",
      422: "no file, not a plan annex, or no fingerprint",
    },
  },
  {
    method: "GET",
    path: `${YEAR}/openings`,
    summary: "The opening paragraph of each report kind of the year, as the drafts use it",
    who: ADMIN,
    answer: openingsAnswer,
    refusals: YEAR_REFUSALS,
  },
  {
    method: "PUT",
    path: `${YEAR}/openings`,
    summary: 'Set the opening of each report kind ("" = the default), with {year}, {period}, {next}',
    who: ADMIN,
    body: bodyWithout(reportOpeningsSchema, "year"),
    answer: openingsAnswer,
    refusals: { ...YEAR_REFUSALS, 409: STALE, 422: "an opening's problem" },
  },
  {
    method: "GET",
    path: "/api/v1/house-style",
    summary: "The province's house style of the báo cáo",
    who: ADMIN,
    answer: houseStyleAnswer,
  },
  {
    method: "PUT",
    path: "/api/v1/house-style",
    summary: "Change the house style (the same style again changes nothing)",
    who: ADMIN,
    body: houseStyleSchema,
    answer: houseStyleAnswer.extend({ changed: z.boolean() }),
    refusals: { 409: STALE, 422: "invalid input" },
  },
  {
    method: "GET",
    path: "/api/v1/sections",
    summary: "The report outline in order",
    who: PLAN_EDITORS,
    answer: z.object({ sections: z.array(section.extend({ depth: z.number().int() })) }),
  },
  {
    method: "POST",
    path: "/api/v1/sections",
    summary: "Add a section to the outline, last among its siblings",
    who: ADMIN,
    body: bodyWithout(sectionSchema, "id"),
    answer: section,
    refusals: { 409: "the code exists", 422: "invalid input or an unknown parent" },
  },
  {
    method: "PUT",
    path: "/api/v1/sections/{id}",
    summary: "Change a section's code, title, parent (no cycles) or narrative-only flag",
    who: ADMIN,
    body: bodyWithout(sectionSchema, "id"),
    answer: section,
    refusals: { 404: "no such section", 409: "the code exists", 422: "invalid input or a parent cycle" },
  },
  {
    method: "POST",
    path: "/api/v1/sections/{id}/move",
    summary: "Move a section one place up or down among its siblings",
    who: ADMIN,
    body: bodyWithout(moveSectionSchema, "id"),
    answer: z.object({ moved: z.boolean().describe("false at either end") }),
    refusals: { 404: "no such section", 422: "invalid input" },
  },
  {
    method: "GET",
    path: "/api/v1/indicators/{code}",
    summary: "An indicator as its edit form shows it, with its plan years",
    who: PLAN_EDITORS,
    answer: indicatorDetail,
    refusals: { 404: "no such indicator" },
  },
  {
    method: "PUT",
    path: "/api/v1/indicators/{code}",
    summary:
      "Edit an indicator: name, unit, kind (not once it has values), section, parent (no cycles), precision, direction",
    who: PLAN_EDITORS,
    body: bodyWithout(updateIndicatorSchema, "code"),
    answer: z.object({ code: z.string(), version: z.number().int() }),
    refusals: {
      403: "a planner in a year not opened to planners",
      404: "no such indicator",
      409: STALE,
      422: "invalid input",
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/indicators/{code}",
    summary: "Delete an indicator that never had a value",
    who: ADMIN,
    body: bodyWithout(deleteIndicatorSchema, "code"),
    answer: z.object({ code: z.string(), deleted: z.literal(true) }),
    refusals: { 404: "no such indicator", 409: `it has values (retire it instead), or ${STALE}`, 422: "invalid input" },
  },
  {
    method: "POST",
    path: "/api/v1/indicators/{code}/retire",
    summary: "Retire an indicator from a year: it leaves that year's and later plans and keeps its history",
    who: ADMIN,
    body: bodyWithout(retireIndicatorSchema, "code"),
    answer: z.object({
      code: z.string(),
      retiredFromYear: z.number().int(),
      removedFromYears: z.array(z.number().int()),
    }),
    refusals: {
      404: "no such indicator",
      409: `values or a closed year from then on, or ${STALE}`,
      422: "invalid input",
    },
  },
  {
    method: "POST",
    path: "/api/v1/indicators/{code}/reassign",
    summary: "Give an indicator to another department from a year on; earlier years keep theirs",
    who: ADMIN,
    body: bodyWithout(reassignIndicatorSchema, "code"),
    answer: z.object({ code: z.string(), department: z.string(), years: z.array(z.number().int()) }),
    refusals: {
      404: "no such indicator",
      409: "values or a closed year from then on",
      422: "not in that year's plan, or the department is not valid then",
    },
  },
  {
    method: "GET",
    path: "/api/v1/departments",
    summary:
      "Every reporting unit (departments and local governments) with its kind, years of validity, what it merged into and its predecessors; with ?year=, the units valid that year",
    who: "signed in; an admin also gets each unit's users and version",
    query: unitsQuery,
    answer: z.object({ departments: z.array(department) }),
    refusals: { 422: "bad year" },
  },
  {
    method: "PUT",
    path: "/api/v1/departments/{code}",
    summary: "Rename a unit (in every year) and, optionally, correct its kind",
    who: ADMIN,
    body: bodyWithout(renameDepartmentSchema, "code"),
    answer: z.object({
      code: z.string(),
      name: z.string(),
      shortName: z.string(),
      kind: z.enum(UNIT_KINDS),
      version: z.number().int(),
    }),
    refusals: {
      409: `${STALE}, or a new kind for a unit that reports shares of indicators`,
      422: "invalid input or an unknown department",
    },
  },
  {
    method: "POST",
    path: "/api/v1/departments/{code}/end",
    summary:
      "End a unit: it reports up to lastMonth of lastYear and no more (the districts after June 2025); its values stay",
    who: ADMIN,
    body: bodyWithout(endUnitSchema, "code"),
    answer: z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(UNIT_KINDS),
      validFrom: z.number().int(),
      validFromMonth: z.number().int(),
      validTo: z.number().int(),
      validToMonth: z.number().int(),
      version: z.number().int(),
    }),
    refusals: {
      409: STALE,
      422: "invalid input, an unknown unit, a unit merged into another, a last month before its first, or values entered after the last month",
    },
  },
  {
    method: "POST",
    path: "/api/v1/departments/{code}/merge",
    summary: "Merge a department into another from a year on (its later assignments and, by default, its users move)",
    who: ADMIN,
    body: bodyWithout(mergeDepartmentSchema, "from"),
    answer: z.object({
      from: z.string(),
      into: z.string(),
      fromYear: z.number().int(),
      assignmentsMoved: z.number().int(),
      usersMoved: z.array(z.string()),
    }),
    refusals: {
      409: "already merged, a closed year from then on, or values entered from then on",
      422: "invalid input, or a department not valid in that year",
    },
  },
  {
    method: "POST",
    path: "/api/v1/departments/{code}/successions",
    summary:
      "Declare that the unit carries on the work of units of the year before from a year on (a merger: several; a split: declare each successor); past years are not rewritten",
    who: ADMIN,
    body: bodyWithout(declareSuccessionSchema, "successor"),
    answer: succession,
    refusals: {
      409: "the unit already has a declared succession, a predecessor's successors start another year, or a closed year",
      422: "invalid input, a unit not valid in the year (successor) or the year before (predecessors), another side (departments / local governments), or a cycle",
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/departments/{code}/successions",
    summary: "Remove the unit's declared succession",
    who: ADMIN,
    answer: succession,
    refusals: { 404: "no succession declared", 409: "its first year is closed", 422: "unknown unit" },
  },
  {
    method: "PUT",
    path: `${YEAR}/indicators/{code}/unit-reporting`,
    summary:
      'Have every unit of a local kind valid in the year report an indicator of the year\'s plan: each gets its share (code "<code>@<unit>") with its own targets and values; the province figure is their sum',
    who: PLAN_EDITORS,
    body: bodyWithout(unitReportingSchema, "code", "year"),
    answer: z.object({
      code: z.string(),
      year: z.number().int(),
      kind: z.enum(LOCAL_UNIT_KINDS),
      shares: z.array(z.string()).describe("the shares' codes, one per unit"),
      added: z.number().int().describe("shares this call created or put in the year's plan"),
    }),
    refusals: {
      403: "a planner in a year not opened to planners",
      404: "no such indicator or no plan for the year",
      409: "a closed year, or the indicator is already reported by units of another kind",
      422: "invalid input, not in the year's plan, a share given, or no unit of the kind that year",
    },
  },
  {
    method: "DELETE",
    path: `${YEAR}/indicators/{code}/unit-reporting`,
    summary:
      "Take back, for the year, that every unit of a kind reports the indicator: the units' shares leave the year's plan with their targets (the share indicators stay, unassigned); refused once a unit entered a figure of its share that year",
    who: PLAN_EDITORS,
    answer: z.object({
      code: z.string(),
      year: z.number().int(),
      kind: z.enum(LOCAL_UNIT_KINDS),
      removed: z.array(z.string()).describe("the shares taken out of the year's plan"),
    }),
    refusals: {
      403: "a planner in a year not opened to planners",
      404: "no such indicator, no plan for the year, or the indicator is not reported by units that year",
      409: "a closed year, or a unit has entered a figure of its share",
    },
  },
];
