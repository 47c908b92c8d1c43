import { apiMutation } from "@/lib/api/handler";
import { createDepartment } from "@/lib/admin/departments";
import { createDepartmentSchema } from "@/lib/admin/schemas";

/** POST /api/v1/departments {"code","name","shortName"?,"validFrom"?}: a department valid from a plan year (admin). */
export async function POST(request: Request) {
  return apiMutation(request, { roles: ["admin"], schema: createDepartmentSchema, resolve: async () => null }, ({ user, input, tx }) => createDepartment(tx, user.id, input));
}
