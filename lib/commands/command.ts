import type { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { writeTransaction } from "@/db/write";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canAny, type Permission } from "@/lib/auth/permissions";
import { DomainError, REFUSALS, invalidInput } from "@/lib/errors";

/**
 * A mutation, defined once: who may run it, its input, what it acts on and the change. A
 * server action (lib/commands/action.ts) and an API route (lib/commands/http.ts) are thin
 * adapters around the same command, so both refuse the same things with the same status.
 */
export interface Command<S extends z.ZodType, K, R> {
  /** the permission it needs (lib/auth/permissions.ts); with several, any one lets the caller in and `resolve`/`run` check the one the input asks for */
  permission: Permission | readonly Permission[];
  /** the whole input, validated the same for the form, the server action and the API (an API route adds its path's parts) */
  input: S;
  /** what the command acts on (a department's month, an indicator), found and scope-checked in the transaction: 404 unknown, 403 out of scope */
  resolve?: (tx: Tx, user: CurrentUser, input: z.output<S>) => K;
  /** the change and its audit entry, in the one synchronous write transaction (a throw rolls everything back) */
  run: (tx: Tx, user: CurrentUser, input: z.output<S>, key: K) => R;
}

export function defineCommand<S extends z.ZodType, R, K = undefined>(command: Command<S, K, R>): Command<S, K, R> {
  return command;
}

/** Whether the user holds one of the command's permissions (checked before its input is read). */
export function mayRun(user: CurrentUser, command: Pick<Command<z.ZodType, unknown, unknown>, "permission">): boolean {
  return canAny(user, command.permission);
}

/**
 * The pipeline both adapters share, after the caller is signed in: permission (403), input
 * (422 with a message per field), then resolve and run in one write transaction. Refusals are
 * thrown as DomainError.
 */
export function runCommand<S extends z.ZodType, K, R>(
  db: Db,
  command: Command<S, K, R>,
  user: CurrentUser,
  raw: unknown,
): R {
  if (!mayRun(user, command)) throw new DomainError(403, REFUSALS.forbidden);
  const parsed = command.input.safeParse(raw);
  if (!parsed.success) throw invalidInput(parsed.error);
  const input = parsed.data as z.output<S>;
  return writeTransaction(db, (tx) =>
    command.run(tx, user, input, command.resolve ? command.resolve(tx, user, input) : (undefined as K)),
  );
}
