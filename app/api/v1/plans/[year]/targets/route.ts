import { apiRoute } from "@/lib/api/route";
import * as planTargets from "@/lib/api/v1/routes/plan-targets";

export const PUT = apiRoute(planTargets.PUT);
