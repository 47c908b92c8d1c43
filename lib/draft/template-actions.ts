"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import { saveSentenceTemplateCommand } from "./commands";

/** Saves an indicator's sentence template (planners and admins only). */
export async function saveSentenceTemplateAction(raw: unknown) {
  const result = await runAction(saveSentenceTemplateCommand, raw);
  if (result.ok) revalidatePath("/templates", "layout");
  return result;
}
