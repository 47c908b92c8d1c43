import { apiRoute } from "@/lib/api/route";
import * as indicatorAdmin from "@/lib/api/v1/routes/indicator-admin";

export const POST = apiRoute(indicatorAdmin.postReassign);
