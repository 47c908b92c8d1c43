import "server-only";
import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { resolveSubmission, type ResolvedSubmission } from "@/lib/entry/submission-scope";
import { invalidInput } from "@/lib/errors";
import { submissionKeySchema, submissionRefFromPath } from "@/lib/validation/common";

export type SubmissionParams = { params: Promise<{ dept: string; year: string; month: string }> };

/** /submissions/{dept}/{year}/{month} for a user: 422 bad year or month, 404 unknown department, 403 outside scope. */
export async function submissionKeyFor(
  user: CurrentUser,
  params: SubmissionParams["params"],
): Promise<ResolvedSubmission> {
  const parsed = submissionKeySchema.safeParse(submissionRefFromPath(await params));
  if (!parsed.success) throw invalidInput(parsed.error);
  return resolveSubmission(getDb(), user, parsed.data);
}

/** The month a route's path names, as the submission commands take it in their input. */
export async function submissionPath(params: SubmissionParams["params"]): Promise<Record<string, unknown>> {
  return submissionRefFromPath(await params);
}
