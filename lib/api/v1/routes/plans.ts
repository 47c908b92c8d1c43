import { apiMutation } from "@/lib/api/handler";
import { createPlanYear } from "@/lib/admin/plan-years";
import { createPlanYearSchema } from "@/lib/admin/schemas";

/** POST /api/v1/plans {"year":2025,"copyFrom":2024,"copyTargets"?:false}: a plan year in preparation (admin). */
export async function POST(request: Request) {
  return apiMutation(request, { roles: ["admin"], schema: createPlanYearSchema, resolve: async () => null }, ({ user, input, tx }) => createPlanYear(tx, user.id, input));
}
