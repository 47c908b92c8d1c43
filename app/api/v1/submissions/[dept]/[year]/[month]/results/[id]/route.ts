import { apiRoute } from "@/lib/api/route";
import * as submissionResults from "@/lib/api/v1/routes/submission-results";

export const PUT = apiRoute(submissionResults.PUT);
export const DELETE = apiRoute(submissionResults.DELETE);
