import { apiRoute } from "@/lib/api/route";
import * as indicatorAdmin from "@/lib/api/v1/routes/indicator-admin";

export const GET = apiRoute(indicatorAdmin.GET);
export const PUT = apiRoute(indicatorAdmin.PUT);
export const DELETE = apiRoute(indicatorAdmin.DELETE);
