import { getDb } from "@/db/client";
import { requireApiUser } from "@/lib/auth/guards";
import { commandResponse } from "@/lib/commands/http";
import { saveHouseStyleCommand } from "@/lib/draft/commands";
import { loadHouseStyle } from "@/lib/draft/house-style-store";

/** GET /api/v1/house-style: the province's house style of the báo cáo and its version (0: never saved, the defaults). */
export async function GET(request: Request) {
  const auth = await requireApiUser(request, "plan.administer");
  if (!auth.ok) return auth.response;
  return Response.json(loadHouseStyle(getDb()));
}

/** PUT /api/v1/house-style {pctDecimals, smallFall, yearEndName, version}: admins, as on /admin/plans; 409 a stale version. */
export async function PUT(request: Request) {
  return commandResponse(request, saveHouseStyleCommand);
}
