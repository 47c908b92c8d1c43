"use server";

import { revalidatePath } from "next/cache";
import { guardedMutation } from "@/lib/actions/guard";
import { closePlanYear, createPlanYear, openPlanYear, reopenPlanYear, saveReportOpenings, updatePlanYearSettings } from "../plan-years";
import { closePlanYearSchema, createPlanYearSchema, openPlanYearSchema, planYearSettingsSchema, reopenPlanYearSchema, reportOpeningsSchema } from "../schemas";

const done = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/", "layout");
  return result;
};

const create = guardedMutation({ roles: ["admin"], schema: createPlanYearSchema }, ({ user, input, tx }) => createPlanYear(tx, user.id, input));
const open = guardedMutation({ roles: ["admin"], schema: openPlanYearSchema }, ({ user, input, tx }) => openPlanYear(tx, user.id, input).status);
const close = guardedMutation({ roles: ["admin"], schema: closePlanYearSchema }, ({ user, input, tx }) => closePlanYear(tx, user.id, input).status);
const reopen = guardedMutation({ roles: ["admin"], schema: reopenPlanYearSchema }, ({ user, input, tx }) => reopenPlanYear(tx, user.id, input).status);
const openings = guardedMutation({ roles: ["admin"], schema: reportOpeningsSchema }, ({ user, input, tx }) => saveReportOpenings(tx, user.id, input).version);
const settings = guardedMutation({ roles: ["admin"], schema: planYearSettingsSchema }, ({ user, input, tx }) => updatePlanYearSettings(tx, user.id, input).version);

export async function createPlanYearAction(raw: unknown) {
  return done(await create(raw));
}
export async function openPlanYearAction(raw: unknown) {
  return done(await open(raw));
}
export async function closePlanYearAction(raw: unknown) {
  return done(await close(raw));
}
export async function reopenPlanYearAction(raw: unknown) {
  return done(await reopen(raw));
}
export async function planYearSettingsAction(raw: unknown) {
  return done(await settings(raw));
}
/** The opening paragraph of each report kind of a year (drafts generated afterwards use it). */
export async function reportOpeningsAction(raw: unknown) {
  return done(await openings(raw));
}
