import { apiRoute } from "@/lib/api/route";
import * as submission from "@/lib/api/v1/routes/submission";

export const GET = apiRoute(submission.GET);
