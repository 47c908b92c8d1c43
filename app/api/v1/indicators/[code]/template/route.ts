import { apiRoute } from "@/lib/api/route";
import * as indicatorTemplate from "@/lib/api/v1/routes/indicator-template";

export const GET = apiRoute(indicatorTemplate.GET);
export const PUT = apiRoute(indicatorTemplate.PUT);
