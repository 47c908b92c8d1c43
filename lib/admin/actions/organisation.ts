"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/commands/action";
import {
  createTokenCommand,
  createUserCommand,
  resetPasswordCommand,
  revokeTokenCommand,
  updateUserCommand,
} from "@/lib/users/commands";
import {
  createDepartmentCommand,
  declareSuccessionCommand,
  endUnitCommand,
  mergeDepartmentCommand,
  removeSuccessionCommand,
  renameDepartmentCommand,
} from "../commands";

const done = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
};

export async function createDepartmentAction(raw: unknown) {
  return done(await runAction(createDepartmentCommand, raw));
}
export async function renameDepartmentAction(raw: unknown) {
  return done(await runAction(renameDepartmentCommand, raw));
}
export async function endUnitAction(raw: unknown) {
  return done(await runAction(endUnitCommand, raw));
}
export async function mergeDepartmentAction(raw: unknown) {
  return done(await runAction(mergeDepartmentCommand, raw));
}
export async function declareSuccessionAction(raw: unknown) {
  return done(await runAction(declareSuccessionCommand, raw));
}
export async function removeSuccessionAction(raw: unknown) {
  return done(await runAction(removeSuccessionCommand, raw));
}
export async function createUserAction(raw: unknown) {
  return done(await runAction(createUserCommand, raw));
}
export async function updateUserAction(raw: unknown) {
  return done(await runAction(updateUserCommand, raw));
}
export async function resetPasswordAction(raw: unknown) {
  return done(await runAction(resetPasswordCommand, raw));
}
export async function createTokenAction(raw: unknown) {
  return done(await runAction(createTokenCommand, raw));
}
export async function revokeTokenAction(raw: unknown) {
  return done(await runAction(revokeTokenCommand, raw));
}
