import { apiRoute } from "@/lib/api/route";
import * as draftVersions from "@/lib/api/v1/routes/draft-versions";

export const GET = apiRoute(draftVersions.GET);
export const POST = apiRoute(draftVersions.POST);
