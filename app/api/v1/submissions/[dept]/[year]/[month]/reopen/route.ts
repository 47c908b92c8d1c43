import { apiRoute } from "@/lib/api/route";
import { workflowRoute } from "@/lib/api/v1/routes/submission-workflow";

export const POST = apiRoute(workflowRoute("reopen"));
