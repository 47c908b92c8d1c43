import { apiRoute } from "@/lib/api/route";
import * as draftComments from "@/lib/api/v1/routes/draft-comments";

export const GET = apiRoute(draftComments.GET);
export const POST = apiRoute(draftComments.POST);
