export type FieldErrors = Record<string, string>;

/**
 * A refusal of the domain: an HTTP status, a Vietnamese message and, where a field is to
 * blame, a message per field. The transports (server actions, the JSON API, the CLI) turn it
 * into their answer; domain code throws it and knows nothing of them.
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
