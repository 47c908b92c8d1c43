import { createPlanYearCommand } from "@/lib/admin/commands";
import { commandResponse } from "@/lib/commands/http";

/** POST /api/v1/plans {"year":2025,"copyFrom":2024,"copyTargets"?:false}: a plan year in preparation (admin). */
export async function POST(request: Request) {
  return commandResponse(request, createPlanYearCommand);
}
