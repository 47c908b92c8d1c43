import { apiRoute } from "@/lib/api/route";
import * as submissionTemplate from "@/lib/api/v1/routes/submission-template";

export const GET = apiRoute(submissionTemplate.GET);
