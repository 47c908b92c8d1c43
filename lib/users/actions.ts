"use server";

import { revalidatePath } from "next/cache";
import { guardedMutation } from "@/lib/actions/guard";
import { setUserActiveSchema } from "./schemas";
import { setUserActive } from "./service";

const toggle = guardedMutation({ roles: ["admin"], schema: setUserActiveSchema }, ({ user, input, tx }) => {
  setUserActive(tx, user.id, input.userId, input.active);
  return { userId: input.userId, active: input.active };
});

export async function setUserActiveAction(raw: { userId: number; active: boolean }) {
  const result = await toggle(raw);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
