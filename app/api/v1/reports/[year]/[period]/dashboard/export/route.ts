import { apiRoute } from "@/lib/api/route";
import * as dashboardExport from "@/lib/api/v1/routes/dashboard-export";

export const GET = apiRoute(dashboardExport.GET);
