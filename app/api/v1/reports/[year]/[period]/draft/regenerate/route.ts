import { apiRoute } from "@/lib/api/route";
import * as draftVersions from "@/lib/api/v1/routes/draft-versions";

export const POST = apiRoute(draftVersions.postRegenerate);
