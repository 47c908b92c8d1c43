import "server-only";
import { submissionPath, type SubmissionParams } from "@/lib/api/submission-params";
import { commandResponse } from "@/lib/commands/http";
import { TRANSITION_COMMANDS } from "@/lib/entry/commands";
import type { WorkflowAction } from "@/lib/workflow/transitions";

/** The POST handler of /submissions/{dept}/{year}/{month}/{action}: 403 wrong role or department, 409 wrong state, 422 missing reason. */
export function workflowRoute(action: WorkflowAction) {
  return async function POST(request: Request, { params }: SubmissionParams) {
    return commandResponse(request, TRANSITION_COMMANDS[action], await submissionPath(params));
  };
}
