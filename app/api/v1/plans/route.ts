import { apiRoute } from "@/lib/api/route";
import * as plans from "@/lib/api/v1/routes/plans";

export const GET = apiRoute(plans.GET);
export const POST = apiRoute(plans.POST);
