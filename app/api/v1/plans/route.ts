import { apiRoute } from "@/lib/api/route";
import * as plans from "@/lib/api/v1/routes/plans";

export const POST = apiRoute(plans.POST);
