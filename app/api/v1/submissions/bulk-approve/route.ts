import { apiRoute } from "@/lib/api/route";
import { bulkApproveRoute } from "@/lib/api/v1/routes/submission-workflow";

export const POST = apiRoute(bulkApproveRoute);
