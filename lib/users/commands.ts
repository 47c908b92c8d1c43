import { defineCommand } from "@/lib/commands/command";
import { createTokenSchema, revokeTokenSchema } from "@/lib/admin/schemas";
import { issueApiToken, revokeApiToken } from "@/lib/admin/tokens";
import {
  createUserSchema,
  resetPasswordSchema,
  setUserActiveSchema,
  unlockLoginSchema,
  updateUserSchema,
} from "./schemas";
import { createUser, setUserActive, setUserPassword, unlockUserLogin, updateUserRole } from "./service";

/** User management (admins): each mutation once, for the admin pages' server actions and the API. */

export const createUserCommand = defineCommand({
  permission: "users.manage",
  input: createUserSchema,
  run: (tx, user, input) => ({
    ...createUser(tx, user.id, input),
    username: input.username,
    fullName: input.fullName,
    role: input.role,
    department: input.department || null,
    email: input.email || null,
    active: true,
  }),
});
export const updateUserCommand = defineCommand({
  permission: "users.manage",
  input: updateUserSchema,
  run: (tx, user, input) => updateUserRole(tx, user.id, input),
});
export const resetPasswordCommand = defineCommand({
  permission: "users.manage",
  input: resetPasswordSchema,
  run: (tx, user, input) => setUserPassword(tx, user.id, { userId: input.userId }, input.password),
});
export const setUserActiveCommand = defineCommand({
  permission: "users.manage",
  input: setUserActiveSchema,
  run: (tx, user, input) => {
    setUserActive(tx, user.id, input.userId, input.active);
    return { userId: input.userId, active: input.active };
  },
});
export const unlockLoginCommand = defineCommand({
  permission: "users.manage",
  input: unlockLoginSchema,
  run: (tx, user, input) => unlockUserLogin(tx, user.id, { userId: input.userId }),
});
export const createTokenCommand = defineCommand({
  permission: "users.manage",
  input: createTokenSchema,
  run: (tx, user, input) => issueApiToken(tx, user.id, input),
});
export const revokeTokenCommand = defineCommand({
  permission: "users.manage",
  input: revokeTokenSchema,
  run: (tx, user, input) => revokeApiToken(tx, user.id, input),
});
