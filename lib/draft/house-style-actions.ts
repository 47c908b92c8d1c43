"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import { defineCommand } from "@/lib/commands/command";
import { houseStyleSchema } from "./house-style-schema";
import { saveHouseStyle } from "./house-style-store";

/** The province's house style of the báo cáo: an administrator's setting (stale version: conflict). */
const saveHouseStyleCommand = defineCommand({
  permission: "plan.administer",
  input: houseStyleSchema,
  run: (tx, user, input) => saveHouseStyle(tx, user.id, input).version,
});

/** Saves the province's house style of the báo cáo (admins only). */
export async function saveHouseStyleAction(raw: unknown) {
  const result = await runAction(saveHouseStyleCommand, raw);
  if (result.ok) {
    revalidatePath("/admin/plans");
    revalidatePath("/templates", "layout");
  }
  return result;
}
