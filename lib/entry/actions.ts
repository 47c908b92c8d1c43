"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import { markReadyCommand, saveMonthValuesCommand, saveNarrativeCommand, workflowCommand } from "./commands";

export async function saveMonthValuesAction(raw: unknown) {
  const result = await runAction(saveMonthValuesCommand, raw);
  if (result.ok) revalidatePath("/entry", "layout");
  return result;
}

export async function saveNarrativeAction(raw: unknown) {
  return runAction(saveNarrativeCommand, raw);
}

export async function workflowAction(raw: unknown) {
  const result = await runAction(workflowCommand, raw);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function markReadyAction(raw: unknown) {
  const result = await runAction(markReadyCommand, raw);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
