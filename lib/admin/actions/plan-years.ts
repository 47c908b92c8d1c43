"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import {
  closePlanYearCommand,
  createPlanYearCommand,
  openPlanYearCommand,
  planYearSettingsCommand,
  reopenPlanYearCommand,
  reportOpeningsCommand,
} from "../commands";

const done = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/", "layout");
  return result;
};

export async function createPlanYearAction(raw: unknown) {
  return done(await runAction(createPlanYearCommand, raw));
}
export async function openPlanYearAction(raw: unknown) {
  return done(await runAction(openPlanYearCommand, raw));
}
export async function closePlanYearAction(raw: unknown) {
  return done(await runAction(closePlanYearCommand, raw));
}
export async function reopenPlanYearAction(raw: unknown) {
  return done(await runAction(reopenPlanYearCommand, raw));
}
export async function planYearSettingsAction(raw: unknown) {
  return done(await runAction(planYearSettingsCommand, raw));
}
/** The opening paragraph of each report kind of a year (drafts generated afterwards use it). */
export async function reportOpeningsAction(raw: unknown) {
  return done(await runAction(reportOpeningsCommand, raw));
}
