"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import { bulkApproveCommand } from "./bulk-approve";

/** The review grid's bulk approval (one command: all the selected months or none). */
export async function bulkApproveAction(raw: unknown) {
  const result = await runAction(bulkApproveCommand, raw);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
