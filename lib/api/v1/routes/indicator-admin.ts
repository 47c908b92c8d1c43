import { getDb } from "@/db/client";
import {
  deleteIndicatorCommand,
  reassignIndicatorCommand,
  retireIndicatorCommand,
  updateIndicatorCommand,
} from "@/lib/admin/commands";
import { indicatorDetail } from "@/lib/admin/queries";
import type { PathParams } from "@/lib/api/path-params";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";

/** One indicator of the catalogue (/admin/indicators/{code}): the code in the path names it in every year. */
type CodeParams = PathParams<{ code: string }>;
const codeOf = async (params: CodeParams["params"]) => ({ code: (await params).code });

/** GET /api/v1/indicators/{code}: the indicator as the edit form shows it, its plan years and how many values it has (plan editors). */
export async function GET(request: Request, { params }: CodeParams) {
  const auth = await requireApiUser(request, "plan.edit");
  if (!auth.ok) return auth.response;
  const { code } = await codeOf(params);
  const row = indicatorDetail(getDb(), code);
  if (!row) return jsonError(404, `Không có chỉ tiêu mã "${code}"`);
  return Response.json({
    code: row.code,
    name: row.name,
    sentenceName: row.sentenceName,
    unit: row.unit,
    kind: row.kind,
    section: row.sectionCode || null,
    parent: row.parentCode || null,
    precision: row.precision,
    direction: row.direction,
    sentenceTemplate: row.sentenceTemplate,
    retiredFromYear: row.retiredFromYear,
    version: row.version,
    plans: row.plans.map((p) => ({ year: p.year, department: p.department, status: p.status })),
    values: row.valueCount,
  });
}

/** PUT /api/v1/indicators/{code} {version, name, unit, kind, precision, direction, sentenceName?, section?, parent?, sentenceTemplate?} */
export async function PUT(request: Request, { params }: CodeParams) {
  return commandResponse(request, updateIndicatorCommand, await codeOf(params));
}

/** DELETE /api/v1/indicators/{code} {version}: only an indicator that never had a value (admin). */
export async function DELETE(request: Request, { params }: CodeParams) {
  return commandResponse(request, deleteIndicatorCommand, await codeOf(params));
}

/** POST /api/v1/indicators/{code}/retire {fromYear, version}: leaves that year's and later plans, keeps its history (admin). */
export async function postRetire(request: Request, { params }: CodeParams) {
  return commandResponse(request, retireIndicatorCommand, await codeOf(params));
}

/** POST /api/v1/indicators/{code}/reassign {fromYear, department}: another department from that year on (admin). */
export async function postReassign(request: Request, { params }: CodeParams) {
  return commandResponse(request, reassignIndicatorCommand, await codeOf(params));
}
