import { apiRoute } from "@/lib/api/route";
import { readyRoute } from "@/lib/api/v1/routes/submission-workflow";

export const POST = apiRoute(readyRoute);
