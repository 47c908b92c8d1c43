import "server-only";
import { optionalReasonSchema, reasonSchema } from "@/lib/entry/schemas";
import { TRANSITIONS, type WorkflowAction } from "@/lib/workflow/transitions";
import { transitionSubmission } from "@/lib/workflow/service";
import { apiMutation } from "@/lib/api/handler";
import { submissionKeyFor, type SubmissionParams } from "@/lib/api/submission-params";

/** The POST handler of /submissions/{dept}/{year}/{month}/{action}: 403 wrong role or department, 409 wrong state, 422 missing reason. */
export function workflowRoute(action: WorkflowAction) {
  const transition = TRANSITIONS[action];
  return async function POST(request: Request, { params }: SubmissionParams) {
    return apiMutation(
      request,
      { roles: transition.roles, schema: transition.needsReason ? reasonSchema : optionalReasonSchema, resolve: (user) => submissionKeyFor(user, params) },
      ({ user, key, input, tx }) => transitionSubmission(tx, user, key, action, input.reason, input.fields),
    );
  };
}
