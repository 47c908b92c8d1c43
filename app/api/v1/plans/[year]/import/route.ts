import { apiRoute } from "@/lib/api/route";
import * as planImport from "@/lib/api/v1/routes/plan-import";

export const POST = apiRoute(planImport.postImport);
