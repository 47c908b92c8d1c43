import { defineCommand } from "@/lib/commands/command";
import { createTokenSchema, resetPasswordSchema, revokeTokenSchema, updateUserSchema } from "@/lib/admin/schemas";
import { issueApiToken, revokeApiToken } from "@/lib/admin/tokens";
import { resetUserPassword, updateUserRole } from "@/lib/admin/users";
import { createUserSchema, setUserActiveSchema } from "./schemas";
import { createUser, setUserActive } from "./service";

/** User management (admins): each mutation once, for the admin pages' server actions and the API. */

export const createUserCommand = defineCommand({ permission: "users.manage", input: createUserSchema, run: (tx, user, input) => createUser(tx, user.id, input) });
export const updateUserCommand = defineCommand({ permission: "users.manage", input: updateUserSchema, run: (tx, user, input) => updateUserRole(tx, user.id, input) });
export const resetPasswordCommand = defineCommand({ permission: "users.manage", input: resetPasswordSchema, run: (tx, user, input) => resetUserPassword(tx, user.id, input) });
export const setUserActiveCommand = defineCommand({
  permission: "users.manage",
  input: setUserActiveSchema,
  run: (tx, user, input) => {
    setUserActive(tx, user.id, input.userId, input.active);
    return { userId: input.userId, active: input.active };
  },
});
export const createTokenCommand = defineCommand({ permission: "users.manage", input: createTokenSchema, run: (tx, user, input) => issueApiToken(tx, user.id, input) });
export const revokeTokenCommand = defineCommand({ permission: "users.manage", input: revokeTokenSchema, run: (tx, user, input) => revokeApiToken(tx, user.id, input) });
