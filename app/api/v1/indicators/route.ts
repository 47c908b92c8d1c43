import { apiRoute } from "@/lib/api/route";
import * as indicators from "@/lib/api/v1/routes/indicators";

export const GET = apiRoute(indicators.GET);
export const POST = apiRoute(indicators.POST);
