import { apiRoute } from "@/lib/api/route";
import * as draftComments from "@/lib/api/v1/routes/draft-comments";

export const POST = apiRoute(draftComments.RESOLVE);
