import { getDb } from "@/db/client";
import { createDepartmentCommand, mergeDepartmentCommand, renameDepartmentCommand } from "@/lib/admin/commands";
import { adminDepartments } from "@/lib/admin/queries";
import type { PathParams } from "@/lib/api/path-params";
import { requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";

type CodeParams = PathParams<{ code: string }>;

/** GET /api/v1/departments: every department with its years of validity, what it merged into, its version and users (admin). */
export async function GET(request: Request) {
  const auth = await requireApiUser(request, "plan.administer");
  if (!auth.ok) return auth.response;
  const departments = adminDepartments(getDb()).map((d) => ({
    code: d.code,
    name: d.name,
    shortName: d.shortName,
    validFrom: d.validFrom,
    validTo: d.validTo,
    mergedInto: d.mergedInto,
    users: d.users,
    version: d.version,
  }));
  return Response.json({ departments });
}

/** POST /api/v1/departments {"code","name","shortName"?,"validFrom"?}: a department valid from a plan year (admin). */
export async function POST(request: Request) {
  return commandResponse(request, createDepartmentCommand);
}

/** PUT /api/v1/departments/{code} {name, shortName, version}: renames it in every year (admin). */
export async function PUT(request: Request, { params }: CodeParams) {
  return commandResponse(request, renameDepartmentCommand, { code: (await params).code });
}

/** POST /api/v1/departments/{code}/merge {into, fromYear, moveUsers?}: merges it into another from a year on (admin). */
export async function postMerge(request: Request, { params }: CodeParams) {
  return commandResponse(request, mergeDepartmentCommand, { from: (await params).code });
}
