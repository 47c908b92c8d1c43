"use server";

import { revalidatePath } from "next/cache";
import { guardedMutation } from "@/lib/actions/guard";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "@/lib/users/schemas";
import { createUser, setUserPassword, updateUserRole } from "@/lib/users/service";
import { createDepartment, renameDepartment } from "../departments";
import { mergeDepartment } from "../merge-department";
import { createDepartmentSchema, createTokenSchema, mergeDepartmentSchema, renameDepartmentSchema, revokeTokenSchema } from "../schemas";
import { issueApiToken, revokeApiToken } from "../tokens";

const done = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
};

const department = guardedMutation({ roles: ["admin"], schema: createDepartmentSchema }, ({ user, input, tx }) => createDepartment(tx, user.id, input));
const rename = guardedMutation({ roles: ["admin"], schema: renameDepartmentSchema }, ({ user, input, tx }) => renameDepartment(tx, user.id, input));
const merge = guardedMutation({ roles: ["admin"], schema: mergeDepartmentSchema }, ({ user, input, tx }) => mergeDepartment(tx, user.id, input));
const newUser = guardedMutation({ roles: ["admin"], schema: createUserSchema }, ({ user, input, tx }) => createUser(tx, user.id, input));
const role = guardedMutation({ roles: ["admin"], schema: updateUserSchema }, ({ user, input, tx }) => updateUserRole(tx, user.id, input));
const password = guardedMutation({ roles: ["admin"], schema: resetPasswordSchema }, ({ user, input, tx }) => setUserPassword(tx, user.id, { userId: input.userId }, input.password));
const token = guardedMutation({ roles: ["admin"], schema: createTokenSchema }, ({ user, input, tx }) => issueApiToken(tx, user.id, input));
const revoke = guardedMutation({ roles: ["admin"], schema: revokeTokenSchema }, ({ user, input, tx }) => revokeApiToken(tx, user.id, input));

export async function createDepartmentAction(raw: unknown) {
  return done(await department(raw));
}
export async function renameDepartmentAction(raw: unknown) {
  return done(await rename(raw));
}
export async function mergeDepartmentAction(raw: unknown) {
  return done(await merge(raw));
}
export async function createUserAction(raw: unknown) {
  return done(await newUser(raw));
}
export async function updateUserAction(raw: unknown) {
  return done(await role(raw));
}
export async function resetPasswordAction(raw: unknown) {
  return done(await password(raw));
}
export async function createTokenAction(raw: unknown) {
  return done(await token(raw));
}
export async function revokeTokenAction(raw: unknown) {
  return done(await revoke(raw));
}
