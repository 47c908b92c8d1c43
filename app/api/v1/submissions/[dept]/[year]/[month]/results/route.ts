import { apiRoute } from "@/lib/api/route";
import * as submissionResults from "@/lib/api/v1/routes/submission-results";

export const GET = apiRoute(submissionResults.GET);
export const POST = apiRoute(submissionResults.POST);
