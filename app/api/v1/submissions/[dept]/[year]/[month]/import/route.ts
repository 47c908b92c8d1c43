import { apiRoute } from "@/lib/api/route";
import * as submissionImport from "@/lib/api/v1/routes/submission-import";

export const POST = apiRoute(submissionImport.POST);
