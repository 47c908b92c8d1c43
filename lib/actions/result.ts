import type { FieldErrors } from "@/lib/errors";

/** What a server action answers the form that called it (lib/commands/action.ts builds it). */
export type ActionResult<T = unknown> =
  { ok: true; data: T } | { ok: false; status: number; error: string; fieldErrors?: FieldErrors; details?: unknown };
