import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/api/handler";
import { submissionKeyFor, type SubmissionParams } from "@/lib/api/submission-params";
import { requireApiUser } from "@/lib/auth/guards";
import { submissionView } from "@/lib/reports/submission-view";

/** GET /api/v1/submissions/{deptCode}/{year}/{month}: values, state and history; 403 outside the caller's department. */
export async function GET(request: Request, { params }: SubmissionParams) {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth.response;
  try {
    const { department, departmentId, year, month } = await submissionKeyFor(auth.user, params);
    return Response.json({
      department: department.code,
      year,
      month,
      ...submissionView(getDb(), departmentId, year, month),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
