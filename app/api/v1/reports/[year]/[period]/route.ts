import { apiRoute } from "@/lib/api/route";
import * as report from "@/lib/api/v1/routes/report";

export const GET = apiRoute(report.GET);
