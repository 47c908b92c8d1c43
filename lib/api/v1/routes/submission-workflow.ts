import "server-only";
import { submissionPath, type SubmissionParams } from "@/lib/api/submission-params";
import { commandResponse } from "@/lib/commands/http";
import { TRANSITION_COMMANDS, markReadyCommand } from "@/lib/entry/commands";
import { bulkApproveCommand } from "@/lib/workflow/bulk-approve";
import type { WorkflowAction } from "@/lib/workflow/transitions";

/** The POST handler of /submissions/{dept}/{year}/{month}/{action}: 403 wrong role or department, 409 wrong state, 422 missing reason. */
export function workflowRoute(action: WorkflowAction) {
  return async function POST(request: Request, { params }: SubmissionParams) {
    return commandResponse(request, TRANSITION_COMMANDS[action], await submissionPath(params));
  };
}

/** POST /submissions/{dept}/{year}/{month}/ready: an officer tells the head the month is entered. */
export async function readyRoute(request: Request, { params }: SubmissionParams) {
  return commandResponse(request, markReadyCommand, await submissionPath(params));
}

/** POST /submissions/bulk-approve: several submitted months approved at once, all or nothing. */
export async function bulkApproveRoute(request: Request) {
  return commandResponse(request, bulkApproveCommand);
}
