import { apiRoute } from "@/lib/api/route";
import * as planYear from "@/lib/api/v1/routes/plan-year";

export const POST = apiRoute(planYear.postClose);
