"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import { setUserActiveCommand, unlockLoginCommand } from "./commands";

export async function setUserActiveAction(raw: { userId: number; active: boolean }) {
  const result = await runAction(setUserActiveCommand, raw);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

/** An admin forgets a user's failed sign-ins from every address (the "Mở khóa đăng nhập" button). */
export async function unlockLoginAction(raw: { userId: number }) {
  const result = await runAction(unlockLoginCommand, raw);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
