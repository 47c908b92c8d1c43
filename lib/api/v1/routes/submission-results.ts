import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/api/handler";
import { submissionKeyFor, submissionPath, type SubmissionParams } from "@/lib/api/submission-params";
import { requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";
import { createResultCommand, deleteResultCommand, updateResultCommand } from "@/lib/results/commands";
import { listResults } from "@/lib/results/store";

type ItemParams = { params: Promise<{ dept: string; year: string; month: string; id: string }> };

/** GET /submissions/{dept}/{year}/{month}/results: the month's result items (kết quả, sự kiện), by date; 403 another department. */
export async function GET(request: Request, { params }: SubmissionParams) {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth.response;
  try {
    const key = await submissionKeyFor(auth.user, params);
    return Response.json({
      department: key.department.code,
      year: key.year,
      month: key.month,
      results: listResults(getDb(), key),
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST a result item `{date, section, text, figures?}`: 200 with the stored item; 422 bad input; 409 locked month or closed year. */
export async function POST(request: Request, { params }: SubmissionParams) {
  return commandResponse(request, createResultCommand, await submissionPath(params));
}

async function itemPath(params: ItemParams["params"]) {
  const { id, ...month } = await params;
  return { ...(await submissionPath(Promise.resolve(month))), id: /^\d+$/.test(id) ? Number(id) : id };
}

/** PUT …/results/{id} `{date, section, text, figures?, version}`: 200 with the item; 404 not this month's; 409 a newer version or a locked month. */
export async function PUT(request: Request, { params }: ItemParams) {
  return commandResponse(request, updateResultCommand, await itemPath(params));
}

/** DELETE …/results/{id} `{version}`: 200 `{id, deleted: true}`; 404 not this month's; 409 a newer version or a locked month. */
export async function DELETE(request: Request, { params }: ItemParams) {
  return commandResponse(request, deleteResultCommand, await itemPath(params));
}
