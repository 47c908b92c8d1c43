"use server";

import { revalidatePath } from "next/cache";
import { guardedMutation } from "@/lib/actions/guard";
import { sentenceTemplateSchema, TEMPLATE_EDITOR_ROLES } from "./template-schema";
import { saveSentenceTemplate } from "./template-store";

const save = guardedMutation({ roles: TEMPLATE_EDITOR_ROLES, schema: sentenceTemplateSchema }, ({ user, input, tx }) => saveSentenceTemplate(tx, user.id, input));

/** Saves an indicator's sentence template (planners and admins only). */
export async function saveSentenceTemplateAction(raw: unknown) {
  const result = await save(raw);
  if (result.ok) revalidatePath("/templates", "layout");
  return result;
}
