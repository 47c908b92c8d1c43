import { apiRoute } from "@/lib/api/route";
import * as submissionValues from "@/lib/api/v1/routes/submission-values";

export const PUT = apiRoute(submissionValues.PUT);
