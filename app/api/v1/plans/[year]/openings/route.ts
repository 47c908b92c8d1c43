import { apiRoute } from "@/lib/api/route";
import * as planYear from "@/lib/api/v1/routes/plan-year";

export const GET = apiRoute(planYear.getOpenings);
export const PUT = apiRoute(planYear.putOpenings);
