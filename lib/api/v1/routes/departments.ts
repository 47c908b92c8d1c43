import { createDepartmentCommand } from "@/lib/admin/commands";
import { commandResponse } from "@/lib/commands/http";

/** POST /api/v1/departments {"code","name","shortName"?,"validFrom"?}: a department valid from a plan year (admin). */
export async function POST(request: Request) {
  return commandResponse(request, createDepartmentCommand);
}
