"use server";

import { revalidatePath } from "next/cache";
import { guardedMutation } from "@/lib/actions/guard";
import { createIndicator } from "../create-indicator";
import { deleteIndicator, retireIndicator } from "../indicator-lifecycle";
import { PLAN_EDITOR_ROLES } from "../permissions";
import { reassignIndicator } from "../reassign-indicator";
import { createIndicatorSchema, deleteIndicatorSchema, moveSectionSchema, reassignIndicatorSchema, retireIndicatorSchema, sectionSchema, targetGridSchema, updateIndicatorSchema } from "../schemas";
import { moveSection, saveSection } from "../sections";
import { setTargets } from "../set-targets";
import { updateIndicator } from "../update-indicator";

const done = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/", "layout");
  return result;
};

// Planners pass the role check here; the year's "planners may edit" setting is checked inside each job.
const create = guardedMutation({ roles: PLAN_EDITOR_ROLES, schema: createIndicatorSchema }, ({ user, input, tx }) => createIndicator(tx, user, input));
const update = guardedMutation({ roles: PLAN_EDITOR_ROLES, schema: updateIndicatorSchema }, ({ user, input, tx }) => updateIndicator(tx, user, input));
const saveTargets = guardedMutation({ roles: PLAN_EDITOR_ROLES, schema: targetGridSchema }, ({ user, input, tx }) => setTargets(tx, user, input.year, input.cells, "cells"));
const retire = guardedMutation({ roles: ["admin"], schema: retireIndicatorSchema }, ({ user, input, tx }) => retireIndicator(tx, user.id, input));
const remove = guardedMutation({ roles: ["admin"], schema: deleteIndicatorSchema }, ({ user, input, tx }) => deleteIndicator(tx, user.id, input));
const reassign = guardedMutation({ roles: ["admin"], schema: reassignIndicatorSchema }, ({ user, input, tx }) => reassignIndicator(tx, user.id, input));
const section = guardedMutation({ roles: ["admin"], schema: sectionSchema }, ({ user, input, tx }) => saveSection(tx, user.id, input).code);
const move = guardedMutation({ roles: ["admin"], schema: moveSectionSchema }, ({ user, input, tx }) => moveSection(tx, user.id, input));

export async function createIndicatorAction(raw: unknown) {
  return done(await create(raw));
}
export async function updateIndicatorAction(raw: unknown) {
  return done(await update(raw));
}
export async function saveTargetsAction(raw: unknown) {
  return done(await saveTargets(raw));
}
export async function retireIndicatorAction(raw: unknown) {
  return done(await retire(raw));
}
export async function deleteIndicatorAction(raw: unknown) {
  return done(await remove(raw));
}
export async function reassignIndicatorAction(raw: unknown) {
  return done(await reassign(raw));
}
export async function saveSectionAction(raw: unknown) {
  return done(await section(raw));
}
export async function moveSectionAction(raw: unknown) {
  return done(await move(raw));
}
