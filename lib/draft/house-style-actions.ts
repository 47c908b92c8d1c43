"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import { saveHouseStyleCommand } from "./commands";

/** Saves the province's house style of the báo cáo (admins only). */
export async function saveHouseStyleAction(raw: unknown) {
  const result = await runAction(saveHouseStyleCommand, raw);
  if (result.ok) {
    revalidatePath("/admin/plans");
    revalidatePath("/templates", "layout");
  }
  return result;
}
