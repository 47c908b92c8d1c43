import { getDb } from "@/db/client";
import {
  createDepartmentCommand,
  declareSuccessionCommand,
  endUnitCommand,
  mergeDepartmentCommand,
  removeSuccessionCommand,
  renameDepartmentCommand,
} from "@/lib/admin/commands";
import { adminDepartments } from "@/lib/admin/queries";
import type { PathParams } from "@/lib/api/path-params";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { yearInputSchema } from "@/lib/validation/common";
import { commandResponse } from "@/lib/commands/http";

type CodeParams = PathParams<{ code: string }>;

/**
 * GET /api/v1/departments[?year=YYYY]: every reporting unit (departments and local governments;
 * with a year, those valid that year) with its kind, years of validity (and the first month of
 * its first year, the last of its last, lib/units/unit-months.ts), what it merged into and
 * the units it carries on, for any signed-in user (an API client needs the units' codes and
 * kinds to read the rankings); an admin also gets each unit's users and version.
 */
export async function GET(request: Request) {
  const auth = await requireApiUser(request);
  if (!auth.ok) return auth.response;
  const raw = new URL(request.url).searchParams.get("year");
  const parsed = raw === null ? null : yearInputSchema.safeParse(raw);
  if (parsed && !parsed.success) return jsonError(422, "Tham số year phải là năm, ví dụ ?year=2024");
  const administers = can(auth.user, "plan.administer");
  const departments = adminDepartments(getDb(), parsed?.data).map((d) => ({
    code: d.code,
    name: d.name,
    shortName: d.shortName,
    kind: d.kind,
    validFrom: d.validFrom,
    validFromMonth: d.validFromMonth,
    validTo: d.validTo,
    validToMonth: d.validToMonth,
    mergedInto: d.mergedInto,
    predecessors: d.predecessors,
    ...(administers ? { users: d.users, version: d.version } : {}),
  }));
  return Response.json({ departments });
}

/** POST /api/v1/departments {"code","name","shortName"?,"validFrom"?,"validFromMonth"?,"kind"?}: a department valid from a plan year (admin). */
export async function POST(request: Request) {
  return commandResponse(request, createDepartmentCommand);
}

/** PUT /api/v1/departments/{code} {name, shortName, version}: renames it in every year (admin). */
export async function PUT(request: Request, { params }: CodeParams) {
  return commandResponse(request, renameDepartmentCommand, { code: (await params).code });
}

/** POST /api/v1/departments/{code}/end {lastYear, lastMonth, version}: the unit reports up to that month and no more (admin). */
export async function postEnd(request: Request, { params }: CodeParams) {
  return commandResponse(request, endUnitCommand, { code: (await params).code });
}

/** POST /api/v1/departments/{code}/merge {into, fromYear, moveUsers?}: merges it into another from a year on (admin). */
export async function postMerge(request: Request, { params }: CodeParams) {
  return commandResponse(request, mergeDepartmentCommand, { from: (await params).code });
}

/** POST /api/v1/departments/{code}/successions {predecessors, fromYear}: the unit carries on theirs from a year on (admin). */
export async function postSuccession(request: Request, { params }: CodeParams) {
  return commandResponse(request, declareSuccessionCommand, { successor: (await params).code });
}

/** DELETE /api/v1/departments/{code}/successions: removes the unit's declared succession (admin). */
export async function deleteSuccession(request: Request, { params }: CodeParams) {
  return commandResponse(request, removeSuccessionCommand, { successor: (await params).code });
}
