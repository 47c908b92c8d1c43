import { apiRoute } from "@/lib/api/route";
import * as unitReporting from "@/lib/api/v1/routes/unit-reporting";

export const PUT = apiRoute(unitReporting.PUT);
export const DELETE = apiRoute(unitReporting.DELETE);
