import { defineCommand } from "@/lib/commands/command";
import { changeOwnPassword, endOwnOtherSessions } from "./account";
import { changeOwnPasswordSchema, endOtherSessionsSchema } from "./schemas";

/** A user's own account (/account, /api/v1/account): always the caller's, never another user's. */

export const changeOwnPasswordCommand = defineCommand({
  permission: "account.manage",
  input: changeOwnPasswordSchema,
  run: (tx, user, input) => changeOwnPassword(tx, user.id, input),
});

export const endOtherSessionsCommand = defineCommand({
  permission: "account.manage",
  input: endOtherSessionsSchema,
  run: (tx, user) => endOwnOtherSessions(tx, user.id),
});
