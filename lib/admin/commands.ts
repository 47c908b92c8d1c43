import { z } from "@/lib/validation/zod";
import { defineCommand } from "@/lib/commands/command";
import { yearInputSchema } from "@/lib/validation/common";
import { sanitizeLine } from "@/lib/text/sanitize";
import { createIndicator } from "./create-indicator";
import { createDepartment, renameDepartment } from "./departments";
import { endUnit } from "./end-unit";
import { deleteIndicator, retireIndicator } from "./indicator-lifecycle";
import { mergeDepartment } from "./merge-department";
import { applyImport } from "./plan-import/apply";
import {
  closePlanYear,
  createPlanYear,
  openPlanYear,
  planYearJson,
  reopenPlanYear,
  reportOpeningsOf,
  saveReportOpenings,
  updatePlanYearSettings,
} from "./plan-years";
import { reassignIndicator } from "./reassign-indicator";
import {
  closePlanYearSchema,
  createDepartmentSchema,
  createIndicatorSchema,
  createPlanYearSchema,
  declareSuccessionSchema,
  deleteIndicatorSchema,
  endUnitSchema,
  mergeDepartmentSchema,
  moveSectionSchema,
  openPlanYearSchema,
  planYearSettingsSchema,
  putTargetsSchema,
  reassignIndicatorSchema,
  removeSuccessionSchema,
  renameDepartmentSchema,
  reopenPlanYearSchema,
  reportOpeningsSchema,
  retireIndicatorSchema,
  sectionSchema,
  targetGridSchema,
  unitReportingSchema,
  withdrawUnitReportingSchema,
  updateIndicatorSchema,
} from "./schemas";
import { declareUnitReporting } from "@/lib/units/declare-reporting";
import { withdrawUnitReporting } from "@/lib/units/withdraw-reporting";
import { declareSuccession, removeSuccession } from "@/lib/units/successions";
import { moveSection, saveSection, sectionJson } from "./sections";
import { setTargets } from "./set-targets";
import { updateIndicator } from "./update-indicator";

/**
 * Plan administration, each mutation once for the admin pages' server actions
 * (lib/admin/actions) and the API. "plan.edit" lets planners past the first check; the
 * year's "planners may edit" setting is checked inside each job (requirePlanEditor).
 */

// plan years
export const createPlanYearCommand = defineCommand({
  permission: "plan.administer",
  input: createPlanYearSchema,
  run: (tx, user, input) => createPlanYear(tx, user.id, input),
});
export const openPlanYearCommand = defineCommand({
  permission: "plan.administer",
  input: openPlanYearSchema,
  run: (tx, user, input) => planYearJson(openPlanYear(tx, user.id, input)),
});
export const closePlanYearCommand = defineCommand({
  permission: "plan.administer",
  input: closePlanYearSchema,
  run: (tx, user, input) => planYearJson(closePlanYear(tx, user.id, input)),
});
export const reopenPlanYearCommand = defineCommand({
  permission: "plan.administer",
  input: reopenPlanYearSchema,
  run: (tx, user, input) => planYearJson(reopenPlanYear(tx, user.id, input)),
});
export const reportOpeningsCommand = defineCommand({
  permission: "plan.administer",
  input: reportOpeningsSchema,
  run: (tx, user, input) => ({
    ...planYearJson(saveReportOpenings(tx, user.id, input)),
    openings: reportOpeningsOf(tx, input.year),
  }),
});
export const planYearSettingsCommand = defineCommand({
  permission: "plan.administer",
  input: planYearSettingsSchema,
  run: (tx, user, input) => planYearJson(updatePlanYearSettings(tx, user.id, input)),
});

// indicators and targets
export const createIndicatorCommand = defineCommand({
  permission: "plan.edit",
  input: createIndicatorSchema,
  run: (tx, user, input) => createIndicator(tx, user, input),
});
export const updateIndicatorCommand = defineCommand({
  permission: "plan.edit",
  input: updateIndicatorSchema,
  run: (tx, user, input) => updateIndicator(tx, user, input),
});
export const retireIndicatorCommand = defineCommand({
  permission: "plan.administer",
  input: retireIndicatorSchema,
  run: (tx, user, input) => retireIndicator(tx, user.id, input),
});
export const deleteIndicatorCommand = defineCommand({
  permission: "plan.administer",
  input: deleteIndicatorSchema,
  run: (tx, user, input) => deleteIndicator(tx, user.id, input),
});
export const reassignIndicatorCommand = defineCommand({
  permission: "plan.administer",
  input: reassignIndicatorSchema,
  run: (tx, user, input) => reassignIndicator(tx, user.id, input),
});

/** An indicator reported by every unit of a local kind: each unit gets its share (plan editors, as the plan itself). */
export const unitReportingCommand = defineCommand({
  permission: "plan.edit",
  input: unitReportingSchema,
  run: (tx, user, input) => declareUnitReporting(tx, user, input),
});

/** Takes "reported by every unit" back for a year, before any unit entered a figure (plan editors). */
export const withdrawUnitReportingCommand = defineCommand({
  permission: "plan.edit",
  input: withdrawUnitReportingSchema,
  run: (tx, user, input) => withdrawUnitReporting(tx, user, input),
});

/** The targets grid of the admin page: the text typed in each cell. */
export const saveTargetGridCommand = defineCommand({
  permission: "plan.edit",
  input: targetGridSchema,
  run: (tx, user, input) => setTargets(tx, user, input.year, input.cells, "cells"),
});

/** PUT /api/v1/plans/{year}/targets: figures as numbers, all or nothing (the year from the path). */
export const putTargetsCommand = defineCommand({
  permission: "plan.edit",
  input: putTargetsSchema.extend({ year: yearInputSchema }),
  run: (tx, user, { year, targets }) => ({
    year,
    targets: setTargets(
      tx,
      user,
      year,
      targets.map((t) => ({
        indicator: t.indicator,
        source: t.source,
        target: { value: t.value, min: t.min, max: t.max },
        version: t.version,
      })),
    ),
  }),
});

/** A cell of the annex as the preview read it (parse-annex.ts): one line of clean text; previewImport checks its meaning. */
const annexCell = z.string().transform((s) => sanitizeLine(s).trim());

/** The plan annex's import, as the person confirmed it (the file is read again and must give the same preview). */
export const applyPlanImportCommand = defineCommand({
  permission: "plan.edit",
  input: z.object({
    year: yearInputSchema,
    fingerprint: z.string().min(1).max(64),
    fileName: z.string().max(300).transform(sanitizeLine),
    columns: z.record(z.string(), z.string()),
    rows: z.array(
      z.object({
        row: z.number(),
        stt: annexCell,
        name: annexCell,
        unit: annexCell,
        plan: annexCell,
        department: annexCell,
        code: annexCell,
        source: annexCell,
        kind: annexCell,
      }),
    ),
  }),
  run: (tx, user, input) => applyImport(tx, user, input),
});

// the report outline
export const saveSectionCommand = defineCommand({
  permission: "plan.administer",
  input: sectionSchema,
  run: (tx, user, input) => sectionJson(tx, saveSection(tx, user.id, input)),
});
export const moveSectionCommand = defineCommand({
  permission: "plan.administer",
  input: moveSectionSchema,
  run: (tx, user, input) => moveSection(tx, user.id, input),
});

// departments
export const createDepartmentCommand = defineCommand({
  permission: "plan.administer",
  input: createDepartmentSchema,
  run: (tx, user, input) => createDepartment(tx, user.id, input),
});
export const renameDepartmentCommand = defineCommand({
  permission: "plan.administer",
  input: renameDepartmentSchema,
  run: (tx, user, input) => renameDepartment(tx, user.id, input),
});
/** A unit stops reporting after a month (the districts after June 2025). */
export const endUnitCommand = defineCommand({
  permission: "plan.administer",
  input: endUnitSchema,
  run: (tx, user, input) => endUnit(tx, user.id, input),
});
export const mergeDepartmentCommand = defineCommand({
  permission: "plan.administer",
  input: mergeDepartmentSchema,
  run: (tx, user, input) => mergeDepartment(tx, user.id, input),
});

// successions of units (a merger, a split, the communes of July 2025)
export const declareSuccessionCommand = defineCommand({
  permission: "plan.administer",
  input: declareSuccessionSchema,
  run: (tx, user, input) => declareSuccession(tx, user.id, input),
});
export const removeSuccessionCommand = defineCommand({
  permission: "plan.administer",
  input: removeSuccessionSchema,
  run: (tx, user, input) => removeSuccession(tx, user.id, input),
});
