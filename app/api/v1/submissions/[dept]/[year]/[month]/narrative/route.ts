import { apiRoute } from "@/lib/api/route";
import * as submissionNarrative from "@/lib/api/v1/routes/submission-narrative";

export const GET = apiRoute(submissionNarrative.GET);
export const PUT = apiRoute(submissionNarrative.PUT);
