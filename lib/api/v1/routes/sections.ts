import { getDb } from "@/db/client";
import { moveSectionCommand, saveSectionCommand } from "@/lib/admin/commands";
import { sectionOutline } from "@/lib/admin/queries";
import { pathNumber, type PathParams } from "@/lib/api/path-params";
import { requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";

/** The report outline (/admin/sections): read by plan editors, changed by admins. */
type SectionParams = PathParams<{ id: string }>;

/** GET /api/v1/sections: the outline in order, each section with its parent's code and depth. */
export async function GET(request: Request) {
  const auth = await requireApiUser(request, "plan.edit");
  if (!auth.ok) return auth.response;
  const sections = sectionOutline(getDb()).map((s) => ({
    id: s.id,
    code: s.code,
    title: s.title,
    parent: s.parentCode,
    narrativeOnly: s.narrativeOnly,
    depth: s.depth,
  }));
  return Response.json({ sections });
}

/** POST /api/v1/sections {code, title, parent?, narrativeOnly?}: a new section, last among its siblings (409 the code exists). */
export async function POST(request: Request) {
  return commandResponse(request, saveSectionCommand, { id: undefined });
}

/** PUT /api/v1/sections/{id} {code, title, parent?, narrativeOnly?}: changes a section (a new parent puts it last there). */
export async function PUT(request: Request, { params }: SectionParams) {
  return commandResponse(request, saveSectionCommand, { id: pathNumber((await params).id) });
}

/** POST /api/v1/sections/{id}/move {direction: "up"|"down"}: one place among its siblings; `moved: false` at either end. */
export async function postMove(request: Request, { params }: SectionParams) {
  return commandResponse(request, moveSectionCommand, { id: pathNumber((await params).id) });
}
