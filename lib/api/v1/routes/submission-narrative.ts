import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/api/handler";
import { submissionKeyFor, submissionPath, type SubmissionParams } from "@/lib/api/submission-params";
import { requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";
import { narrativeReportPeriods } from "@/lib/entry/narrative-periods";
import { readNarrative } from "@/lib/entry/narrative-store";
import { putNarrativeCommand } from "@/lib/entry/narrative-command";

/** GET the month's narrative: its three texts, version, and the reports it is the department's narrative for; 403 another department. */
export async function GET(request: Request, { params }: SubmissionParams) {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth.response;
  try {
    const key = await submissionKeyFor(auth.user, params);
    return Response.json({
      department: key.department.code,
      year: key.year,
      month: key.month,
      reports: narrativeReportPeriods(key.month),
      ...readNarrative(getDb(), key),
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** PUT the month's narrative `{highlights, difficulties, tasks, version?}`: 200 with what was stored; 409 locked month, closed year or a newer version; 422 bad input. */
export async function PUT(request: Request, { params }: SubmissionParams) {
  return commandResponse(request, putNarrativeCommand, await submissionPath(params));
}
