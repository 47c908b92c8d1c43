import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/api/handler";
import { submissionKeyFor, type SubmissionParams } from "@/lib/api/submission-params";
import { requireApiUser } from "@/lib/auth/guards";
import { buildEntryTemplate } from "@/lib/excel/entry-template";
import { monthFormData } from "@/lib/entry/month-form-data";

/** GET .../template: the month's pre-filled .xlsx for the department. */
export async function GET(request: Request, { params }: SubmissionParams) {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth.response;
  try {
    const { department, ...key } = await submissionKeyFor(auth.user, params);
    const data = monthFormData(getDb(), key.departmentId, key.year, key.month);
    const file = await buildEntryTemplate(`${department.name} - số liệu tháng ${key.month}/${key.year}`, data.rows);
    return new Response(new Uint8Array(file), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="so-lieu-${department.code}-${key.year}-${String(key.month).padStart(2, "0")}.xlsx"`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
