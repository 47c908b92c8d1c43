import { putTargetsCommand } from "@/lib/admin/commands";
import { commandResponse } from "@/lib/commands/http";

/**
 * PUT /api/v1/plans/{year}/targets {"targets":[{"indicator","source","value"|"min"|"max","version"?}]}:
 * all or nothing; 422 a malformed year or an error per item; 404 a year without a plan; 409 closed
 * year or a changed target (admin; planners where allowed).
 */
export async function PUT(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return commandResponse(request, putTargetsCommand, { year: (await params).year });
}
