import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/**
 * A refusal of the domain: an HTTP status, a Vietnamese message and, where a field is to
 * blame, a message per field. The command pipeline (lib/commands) turns it into a server
 * action's result or an HTTP answer; domain code throws it and knows nothing of either.
 */
export class DomainError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly fieldErrors?: FieldErrors,
    public readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Someone else changed the data since the client read it (409): never silently overwritten. */
export class ConflictError<C = unknown> extends DomainError {
  constructor(
    message: string,
    fieldErrors?: FieldErrors,
    public readonly conflicts: readonly C[] = [],
  ) {
    super(409, message, fieldErrors, conflicts);
  }
}

/** The messages every transport gives for the same refusal. */
export const REFUSALS = {
  forbidden: "Không có quyền thực hiện thao tác này",
  otherDepartment: "Không có quyền với số liệu của đơn vị khác",
  invalid: "Dữ liệu không hợp lệ",
} as const;

/** Vietnamese field errors from a zod error: { "values.0.value": "…" }. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** Bad input (422): the first field's message, and one per field. */
export function invalidInput(error: z.ZodError): DomainError {
  const fieldErrors = fieldErrorsOf(error);
  return new DomainError(422, Object.values(fieldErrors)[0] ?? REFUSALS.invalid, fieldErrors);
}
