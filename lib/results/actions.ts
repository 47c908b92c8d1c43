"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedMutation } from "@/lib/actions/guard";
import { monthRef, scopedKey } from "./month-ref";
import { createResultSchema, deleteResultSchema, updateResultSchema } from "./schemas";
import { createResult, deleteResult, updateResult } from "./store";

// the result item's fields beside the month it belongs to; refinements of the item checked by its own schema
const ROLES = ["officer", "dept_head"] as const;
const withRef = <S extends z.ZodType>(schema: S) => z.object({ ref: monthRef, item: schema }).strict();
const idSchema = z.number({ message: "Thiếu mã kết quả" }).int("Mã kết quả không hợp lệ").positive("Mã kết quả không hợp lệ");

const create = guardedMutation({ roles: ROLES, schema: withRef(createResultSchema) }, ({ user, input, tx }) => createResult(tx, user.id, scopedKey(tx, user, input.ref), input.item));
const update = guardedMutation({ roles: ROLES, schema: withRef(updateResultSchema).extend({ id: idSchema }) }, ({ user, input, tx }) =>
  updateResult(tx, user.id, scopedKey(tx, user, input.ref), input.id, input.item),
);
const remove = guardedMutation({ roles: ROLES, schema: withRef(deleteResultSchema).extend({ id: idSchema }) }, ({ user, input, tx }) =>
  deleteResult(tx, user.id, scopedKey(tx, user, input.ref), input.id, input.item.version),
);

/** Adds a result item (kết quả, sự kiện) to the department's month: `{ref: {department, year, month}, item}`. */
export async function createResultAction(raw: unknown) {
  const result = await create(raw);
  if (result.ok) revalidatePath("/entry", "layout");
  return result;
}

/** Changes a result item: `{ref, id, item: {…, version}}`. */
export async function updateResultAction(raw: unknown) {
  const result = await update(raw);
  if (result.ok) revalidatePath("/entry", "layout");
  return result;
}

/** Deletes a result item: `{ref, id, item: {version}}`. */
export async function deleteResultAction(raw: unknown) {
  const result = await remove(raw);
  if (result.ok) revalidatePath("/entry", "layout");
  return result;
}
