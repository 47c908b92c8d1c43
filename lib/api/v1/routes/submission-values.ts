import { apiMutation } from "@/lib/api/handler";
import { submissionKeyFor, type SubmissionParams } from "@/lib/api/submission-params";
import { saveValues } from "@/lib/entry/save-values";
import { saveValuesSchema } from "@/lib/entry/schemas";

/** PUT the month's figures: 200 with what was stored, 422 per item and nothing stored, 403 out of scope, 409 locked or conflict. */
export async function PUT(request: Request, { params }: SubmissionParams) {
  return apiMutation(
    request,
    { roles: ["officer", "dept_head"], schema: saveValuesSchema, resolve: (user) => submissionKeyFor(user, params) },
    ({ user, key, input, tx }) => ({ values: saveValues(tx, user.id, key, input) }),
  );
}
