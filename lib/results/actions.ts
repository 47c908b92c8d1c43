"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import { createResultCommand, deleteResultCommand, updateResultCommand } from "./commands";

/** Adds a result item (kết quả, sự kiện) to the department's month: `{department, year, month, date, section, text, figures}`. */
export async function createResultAction(raw: unknown) {
  const result = await runAction(createResultCommand, raw);
  if (result.ok) revalidatePath("/entry", "layout");
  return result;
}

/** Changes a result item: the month, `id`, the fields and the `version` last seen. */
export async function updateResultAction(raw: unknown) {
  const result = await runAction(updateResultCommand, raw);
  if (result.ok) revalidatePath("/entry", "layout");
  return result;
}

/** Deletes a result item: the month, `id` and the `version` last seen. */
export async function deleteResultAction(raw: unknown) {
  const result = await runAction(deleteResultCommand, raw);
  if (result.ok) revalidatePath("/entry", "layout");
  return result;
}
