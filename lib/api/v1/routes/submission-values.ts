import { submissionPath, type SubmissionParams } from "@/lib/api/submission-params";
import { commandResponse } from "@/lib/commands/http";
import { saveMonthValuesCommand } from "@/lib/entry/commands";

/** PUT the month's figures: 200 with what was stored, 422 per item and nothing stored, 403 out of scope, 409 locked or conflict. */
export async function PUT(request: Request, { params }: SubmissionParams) {
  return commandResponse(request, saveMonthValuesCommand, await submissionPath(params));
}
