import { apiRoute } from "@/lib/api/route";
import * as reportUnits from "@/lib/api/v1/routes/report-units";

export const GET = apiRoute(reportUnits.GET);
