"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import { setUserActiveCommand } from "./commands";

export async function setUserActiveAction(raw: { userId: number; active: boolean }) {
  const result = await runAction(setUserActiveCommand, raw);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
