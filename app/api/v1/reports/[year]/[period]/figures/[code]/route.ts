import { apiRoute } from "@/lib/api/route";
import * as reportFigure from "@/lib/api/v1/routes/report-figure";

export const GET = apiRoute(reportFigure.GET);
