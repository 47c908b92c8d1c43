"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import {
  createIndicatorCommand,
  deleteIndicatorCommand,
  moveSectionCommand,
  reassignIndicatorCommand,
  retireIndicatorCommand,
  saveSectionCommand,
  saveTargetGridCommand,
  unitReportingCommand,
  withdrawUnitReportingCommand,
  updateIndicatorCommand,
} from "../commands";

const done = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/", "layout");
  return result;
};

export async function createIndicatorAction(raw: unknown) {
  return done(await runAction(createIndicatorCommand, raw));
}
export async function updateIndicatorAction(raw: unknown) {
  return done(await runAction(updateIndicatorCommand, raw));
}
export async function saveTargetsAction(raw: unknown) {
  return done(await runAction(saveTargetGridCommand, raw));
}
export async function retireIndicatorAction(raw: unknown) {
  return done(await runAction(retireIndicatorCommand, raw));
}
export async function deleteIndicatorAction(raw: unknown) {
  return done(await runAction(deleteIndicatorCommand, raw));
}
export async function reassignIndicatorAction(raw: unknown) {
  return done(await runAction(reassignIndicatorCommand, raw));
}
export async function saveSectionAction(raw: unknown) {
  return done(await runAction(saveSectionCommand, raw));
}
export async function moveSectionAction(raw: unknown) {
  return done(await runAction(moveSectionCommand, raw));
}
export async function unitReportingAction(raw: unknown) {
  return done(await runAction(unitReportingCommand, raw));
}

export async function withdrawUnitReportingAction(raw: unknown) {
  return done(await runAction(withdrawUnitReportingCommand, raw));
}
