import { apiRoute } from "@/lib/api/route";
import * as reportExport from "@/lib/api/v1/routes/report-export";

export const GET = apiRoute(reportExport.GET);
