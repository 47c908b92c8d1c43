import { getDb } from "@/db/client";
import { DomainError } from "@/lib/actions/result";
import { apiMutation, errorResponse } from "@/lib/api/handler";
import { submissionKeyFor, type SubmissionParams } from "@/lib/api/submission-params";
import { requireApiUser } from "@/lib/auth/guards";
import { createResultSchema, deleteResultSchema, updateResultSchema } from "@/lib/results/schemas";
import { createResult, deleteResult, listResults, updateResult } from "@/lib/results/store";

type ItemParams = { params: Promise<{ dept: string; year: string; month: string; id: string }> };

const ROLES = ["officer", "dept_head"] as const;

/** GET /submissions/{dept}/{year}/{month}/results: the month's result items (kết quả, sự kiện), by date; 403 another department. */
export async function GET(request: Request, { params }: SubmissionParams) {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth.response;
  try {
    const key = await submissionKeyFor(auth.user, params);
    return Response.json({ department: key.department.code, year: key.year, month: key.month, results: listResults(getDb(), key) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST a result item `{date, section, text, figures?}`: 200 with the stored item; 422 bad input; 409 locked month or closed year. */
export async function POST(request: Request, { params }: SubmissionParams) {
  return apiMutation(request, { roles: ROLES, schema: createResultSchema, resolve: (user) => submissionKeyFor(user, params) }, ({ user, key, input, tx }) => ({
    result: createResult(tx, user.id, key, input),
  }));
}

async function itemKey(user: Parameters<typeof submissionKeyFor>[0], params: ItemParams["params"]) {
  const { id: raw, ...rest } = await params;
  const key = await submissionKeyFor(user, Promise.resolve(rest));
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) throw new DomainError(404, `Không có kết quả số ${raw}`);
  return { ...key, id };
}

/** PUT …/results/{id} `{date, section, text, figures?, version}`: 200 with the item; 404 not this month's; 409 a newer version or a locked month. */
export async function PUT(request: Request, { params }: ItemParams) {
  return apiMutation(request, { roles: ROLES, schema: updateResultSchema, resolve: (user) => itemKey(user, params) }, ({ user, key, input, tx }) => ({
    result: updateResult(tx, user.id, key, key.id, input),
  }));
}

/** DELETE …/results/{id} `{version}`: 200 `{id, deleted: true}`; 404 not this month's; 409 a newer version or a locked month. */
export async function DELETE(request: Request, { params }: ItemParams) {
  return apiMutation(request, { roles: ROLES, schema: deleteResultSchema, resolve: (user) => itemKey(user, params) }, ({ user, key, input, tx }) =>
    deleteResult(tx, user.id, key, key.id, input.version),
  );
}
